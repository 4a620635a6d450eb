#!/usr/bin/env node
// `npm run bench`: load the API through HTTP with the web client's own GraphQL documents, on a database
// filled by `npm run seed`, and compare each scenario with raw `pg` running the same statements.
//
//   npm run bench [-- --duration 10 --concurrency 16,64 --only feed,vote --no-raw --no-plans --no-build --out bench]
//   npm run bench -- --profile --only feed:NEWEST,initiative --concurrency 16 --no-raw --no-plans --out /tmp/b
//
// Writes bench/results.json (format in the README), bench/RESULTS.md and bench/plans/*.txt.
// Phases: (1) an in-process app records the SQL each scenario sends (statements per request and the
// replay for raw pg); (2) the real server runs as a child process and autocannon loads it; (3) raw pg
// replays the recorded statements at the same concurrency; (4) EXPLAIN (ANALYZE, BUFFERS) of each.
// With --profile, the server's CPU is sampled during each measured run (through the inspector, so
// start-up and warm-up stay out) into <out>/profiles/<scenario>-c<N>.cpuprofile, which Chrome DevTools
// opens as a flame chart, with a summary of where the time went next to it.
import { fork, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

import { buildOrExit } from './build.mjs';
import { summarise } from './profile-summary.mjs';
import { SERVER_NODE_FLAGS } from './server-node-flags.mjs';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const { print } = require('graphql');
const { Pool } = require('pg');

const { values: options } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    concurrency: { type: 'string', default: '16,64' },
    only: { type: 'string' },
    'no-raw': { type: 'boolean', default: false },
    'no-plans': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench' },
  },
});
const DURATION = Number(options.duration);
const WARMUP = Number(options.warmup);
const CONCURRENCIES = options.concurrency.split(',').map(Number);
const OUT = resolve(root, options.out);
const say = (line) => process.stdout.write(`bench: ${line}\n`);

// ---- build and database --------------------------------------------------------------------------

if (!options['no-build']) {
  say('checking the build (api)…');
  buildOrExit('domain,api', { name: 'bench' });
}
const dist = join(root, 'api/dist/api/src');
const { openDatabaseServer, withDatabase } = require(join(dist, 'database/database-server.js'));
const { createDataSource } = require(join(dist, 'database/data-source.js'));
const { QueryCounter } = require(join(dist, 'database/query-counter.js'));
const { createApp } = require(join(dist, 'app.factory.js'));
const { loadConfig } = require(join(dist, 'config/config.js'));
const pino = require('pino');

const quiet = pino({ level: 'warn' });
const server = await openDatabaseServer({
  databaseUrl: process.env.DATABASE_URL,
  embeddedDataDir: join(root, process.env.EMBEDDED_PG_DIR ?? '.data/postgres'),
  log: quiet,
});
const databaseUrl = server.embedded ? withDatabase(server.adminUrl, 'red_chair') : server.adminUrl;
const pool = new Pool({ connectionString: databaseUrl, max: 4 });
const one = async (sql, params = []) => (await pool.query(sql, params)).rows[0];

const seeded = await one(`SELECT (SELECT count(*) FROM initiatives)::int AS initiatives, (SELECT count(*) FROM votes)::int AS votes,
  (SELECT count(*) FROM comments)::int AS comments, (SELECT count(*) FROM users)::int AS users,
  (SELECT id FROM users WHERE email = 'seed-user-1@redchair.test') AS employee`).catch(() => null);
if (!seeded?.employee) {
  process.stderr.write(
    'bench: this database has not been seeded: run `npm run seed -- --initiatives 100000 --users 20000 --votes 1000000 --comments 200000` first.\n',
  );
  await pool.end();
  await server.stop();
  process.exit(1);
}
say(`database: ${seeded.initiatives} initiatives, ${seeded.users} people, ${seeded.votes} votes, ${seeded.comments} comments`);

// ---- the web client's documents -------------------------------------------------------------------

/** The documents codegen generated for the web app, printed back to the text the browser sends. */
function webDocuments() {
  const source = readFileSync(join(root, 'web/src/gql/graphql.ts'), 'utf8');
  const documents = {};
  for (const [, name, json] of source.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode</gm)) {
    documents[name] = print(JSON.parse(json));
  }
  return documents;
}
const documents = webDocuments();
// The web app has no "similar ideas" document yet; this is the one the propose form will send.
documents.BenchSignIn = 'mutation BenchSignIn($input: SignInInput!) { signIn(input: $input) { token } }';
documents.SimilarInitiatives = `query SimilarInitiatives($spaceId: ID!, $text: String!) {
  similarInitiatives(spaceId: $spaceId, text: $text, first: 5) { id title status voteCount }
}`;

// ---- fixtures -------------------------------------------------------------------------------------

const space = await one(`SELECT s.id, s.slug, count(*)::int AS n FROM spaces s JOIN initiatives i ON i.space_id = s.id
  WHERE s.kind = 'INTERNAL' AND s.access = 'OPEN' GROUP BY s.id ORDER BY n DESC LIMIT 1`);
const page50 = await one(
  `SELECT i.id, i.comment_count FROM initiatives i WHERE i.space_id = $1 AND i.status <> 'MERGED'
  ORDER BY abs(i.comment_count - 50), i.id LIMIT 1`,
  [space.id],
);
const voters = (
  await pool.query(`SELECT email FROM users WHERE email LIKE 'seed-user-%' AND role = 'EMPLOYEE' AND deactivated_at IS NULL
  ORDER BY created_at, id LIMIT 16`)
).rows.map((row) => row.email);
// Initiatives open to votes that none of the voters has voted for: vote and unvote are real changes.
const votePool = (
  await pool.query(
    `SELECT i.id FROM initiatives i WHERE i.space_id = $1 AND i.status IN ('SUBMITTED','UNDER_REVIEW','SELECTED','IN_PROGRESS')
  AND NOT EXISTS (SELECT 1 FROM votes v JOIN users u ON u.id = v.user_id WHERE v.initiative_id = i.id AND u.email = ANY($2))
  ORDER BY i.id LIMIT 60000`,
    [space.id, voters],
  )
).rows.map((row) => row.id);
const searchTerm = 'caisse';
const similarText = 'Ouvrir plus de caisses le samedi';
say(
  `space ${space.slug} (${space.n} initiatives); initiative page with ${page50.comment_count} comments; ${votePool.length} initiatives to vote on`,
);

const gql = (document, variables) => JSON.stringify({ query: documents[document], variables });
const feedBody = (sort, after = null, extra = {}) =>
  gql('InitiativeFeed', { filter: { spaceId: space.id, ...extra }, sort, first: 20, after });

/**
 * Each scenario's body is a function of the request's number n, which also picks the signed-in person
 * (tokens[n % tokens.length]): the k-th unvote takes back exactly the k-th vote.
 */
function scenarios(deepCursor) {
  const list = [
    ...['NEWEST', 'MOST_VOTED', 'TRENDING', 'RECENT_ACTIVITY'].map((sort) => ({ name: `feed:${sort}`, body: () => feedBody(sort) })),
    { name: 'feed:deep', body: () => feedBody('NEWEST', deepCursor) },
    { name: 'initiative', body: () => gql('InitiativePage', { id: page50.id }) },
    { name: 'vote', rotate: true, body: (n) => gql('VoteInitiative', { initiativeId: votePool[n % votePool.length] }) },
    { name: 'vote:unvote', rotate: true, body: (n) => gql('UnvoteInitiative', { initiativeId: votePool[n % votePool.length] }) },
    { name: 'search', body: () => feedBody('NEWEST', null, { search: searchTerm }) },
    { name: 'similar', body: () => gql('SimilarInitiatives', { spaceId: space.id, text: similarText }) },
    {
      name: 'propose',
      body: (n) =>
        gql('ProposeInitiative', {
          input: {
            spaceId: space.id,
            title: `Bench idea ${n}: shorter queues`,
            body: 'Open a second till when the queue is longer than five people.',
            orientation: 'CUSTOMER',
            tags: ['bench'],
          },
        }),
    },
  ].map((scenario) => ({ ...scenario, sent: 0 }));
  const only = options.only?.split(',');
  return only ? list.filter((s) => only.some((prefix) => s.name === prefix || s.name.startsWith(`${prefix}:`))) : list;
}

// ---- phase 1: record each scenario's statements in-process ----------------------------------------

async function post(port, token, body) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
  const json = await response.json();
  if (json.errors) throw new Error(`bench: ${json.errors[0].message} (${json.errors[0].extensions?.code})`);
  return json.data;
}

async function signIn(port, email) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: gql('BenchSignIn', { input: { email, password: 'Seed-pass-2026' } }),
  });
  const json = await response.json();
  if (json.errors) throw new Error(`bench: could not sign in ${email}: ${json.errors[0].message}`);
  return json.data.signIn.token;
}

say('phase 1: recording the statements of each scenario…');
process.env.DATABASE_URL = databaseUrl;
process.env.DEMO_DATA = '0';
process.env.CHALLENGE_TICK_MS = '0';
const recordingSource = createDataSource(databaseUrl);
await recordingSource.initialize();
await recordingSource.runMigrations({ transaction: 'each' });
const recordingApp = await createApp(loadConfig(), recordingSource, quiet);
await recordingApp.listen(0, '127.0.0.1');
const recordingPort = recordingApp.getHttpServer().address().port;
const tokens = [];
for (const email of voters) tokens.push(await signIn(recordingPort, email));

let deepCursor = null;
for (let pageNumber = 1; pageNumber < 50; pageNumber++) {
  deepCursor = (await post(recordingPort, tokens[0], feedBody('NEWEST', deepCursor))).initiatives.pageInfo.endCursor;
}

const recorded = new Map();
const list0 = scenarios(deepCursor);
for (const scenario of list0) {
  // The first request warms caches; the second is the one recorded. Both by the first person, as
  // the load phase's requests 0 and 16 would be, so the load starts past them.
  await post(recordingPort, tokens[0], scenario.body(0));
  const statements = [];
  QueryCounter.recorder = (text, parameters) => statements.push({ text, parameters: parameters ?? [] });
  const body = scenario.body(tokens.length);
  await post(recordingPort, tokens[0], body);
  QueryCounter.recorder = null;
  recorded.set(scenario.name, { statements, body });
}
for (const scenario of list0) scenario.sent = 2 * tokens.length; // past the recorded requests
await recordingApp.close();
if (recordingSource.isInitialized) await recordingSource.destroy(); // the app closes it on shutdown

// ---- phase 2: load the real server ----------------------------------------------------------------

const freePort = () =>
  new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
    probe.on('error', fail);
  });

const port = await freePort();
const inspectorPort = options.profile ? await freePort() : 0;
const child = spawn(
  process.execPath,
  [...SERVER_NODE_FLAGS, ...(options.profile ? [`--inspect=127.0.0.1:${inspectorPort}`] : []), join(dist, 'main.js')],
  {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      DEMO_DATA: '0',
      NODE_ENV: 'production',
      APP_SECRET: 'bench-secret-0123456789abcdef0123456789',
      LOG_LEVEL: 'warn',
      CHALLENGE_TICK_MS: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
for (let tries = 0; ; tries++) {
  const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
    (r) => r.ok,
    () => false,
  );
  if (ok) break;
  if (tries > 120) throw new Error('bench: the server did not answer /health within 60 s');
  await new Promise((done) => setTimeout(done, 500));
}
const profiler = options.profile ? await connectProfiler(inspectorPort) : null;

/** The Chrome DevTools protocol over the server's inspector socket, for its Profiler domain only. */
async function connectProfiler(inspector) {
  const WebSocket = require('ws');
  const [target] = await (await fetch(`http://127.0.0.1:${inspector}/json/list`)).json();
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((done, fail) => socket.once('open', done).once('error', fail));
  const pending = new Map();
  let nextId = 1;
  socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    pending.get(message.id)?.(message);
    pending.delete(message.id);
  });
  const send = (method, params = {}) =>
    new Promise((done, fail) => {
      const id = nextId++;
      pending.set(id, (message) => (message.error ? fail(new Error(message.error.message)) : done(message.result)));
      socket.send(JSON.stringify({ id, method, params }));
    });
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: 500 }); // µs
  return { start: () => send('Profiler.start'), stop: async () => (await send('Profiler.stop')).profile, close: () => socket.close() };
}

function saveProfile(name, profile) {
  const dir = join(OUT, 'profiles');
  mkdirSync(dir, { recursive: true });
  const file = name.replace(':', '-');
  writeFileSync(join(dir, `${file}.cpuprofile`), JSON.stringify(profile));
  writeFileSync(join(dir, `${file}.txt`), `# ${name}: the server's CPU during the measured run\n\n${summarise(profile, root)}`);
}

const rssMb = () => {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024);
};

function load(scenario, connections, seconds) {
  return new Promise((done, fail) => {
    autocannon(
      {
        url: `http://127.0.0.1:${port}/graphql`,
        connections,
        duration: seconds,
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => {
              const n = scenario.sent++;
              return {
                ...request,
                headers: {
                  'content-type': 'application/json',
                  'accept-encoding': 'gzip, br',
                  authorization: `Bearer ${tokens[n % tokens.length]}`,
                },
                body: scenario.body(n),
              };
            },
          },
        ],
      },
      (error, result) => (error ? fail(error) : done(result)),
    );
  });
}

async function measure(scenario, connections) {
  await load(scenario, connections, WARMUP);
  let peak = rssMb();
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 200);
  await profiler?.start();
  const result = await load(scenario, connections, DURATION);
  if (profiler) saveProfile(`${scenario.name}-c${connections}`, await profiler.stop());
  clearInterval(sampler);
  peak = Math.max(peak, rssMb());
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed) say(`  ${scenario.name}: ${failed} of ${result.requests.total} requests failed`);
  return { apiRps: Math.round(result.requests.average), p50Ms: result.latency.p50, p99Ms: result.latency.p99, rssMb: peak, failed };
}

// ---- phase 3: raw pg replays the same statements --------------------------------------------------

const hash = (text) => createHash('sha1').update(text).digest('hex').slice(0, 16);

/** Runs the recorded statements back to back on one connection per worker, as fast as it can. */
async function replay(statements, rotate, connections, seconds) {
  const replayPool = new Pool({ connectionString: databaseUrl, max: Math.min(connections, 20) });
  const capturedId = rotate ? JSON.parse(recorded.get(rotate).body).variables.initiativeId : null;
  let count = 0;
  let n = 0;
  const deadline = Date.now() + seconds * 1000;
  const worker = async () => {
    while (Date.now() < deadline) {
      const client = await replayPool.connect();
      const substitute = capturedId ? votePool[n++ % votePool.length] : null;
      try {
        for (const [index, { text, parameters }] of statements.entries()) {
          const values = substitute ? parameters.map((p) => (p === capturedId ? substitute : p)) : parameters;
          // Reads as named prepared statements, as the app sends its hot reads: planned once per connection.
          const read = /^\s*(SELECT|WITH)/i.test(text) && !/FOR UPDATE/i.test(text) && !/\b(INSERT|UPDATE|DELETE)\b/i.test(text);
          await client.query(read ? { name: `bench_${index}_${hash(text)}`, text, values } : { text, values });
        }
        count += 1;
      } catch {
        await client.query('ROLLBACK').catch(() => undefined);
      } finally {
        client.release();
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  await replayPool.end();
  return Math.round(count / seconds);
}

// ---- run ------------------------------------------------------------------------------------------

const results = [];
const list = list0;
let step = 0;
for (const scenario of list) {
  const { statements } = recorded.get(scenario.name);
  for (const concurrency of CONCURRENCIES) {
    step += 1;
    say(`[${step}/${list.length * CONCURRENCIES.length}] ${scenario.name} at c${concurrency}…`);
    const api = await measure(scenario, concurrency);
    let rawPgRps = 0;
    if (!options['no-raw']) {
      const rotate = scenario.rotate ? scenario.name : null;
      rawPgRps = await replay(statements, rotate, concurrency, DURATION);
    }
    const row = {
      name: scenario.name,
      concurrency,
      apiRps: api.apiRps,
      rawPgRps,
      ratio: rawPgRps ? Math.round((api.apiRps / rawPgRps) * 100) / 100 : 0,
      p50Ms: api.p50Ms,
      p99Ms: api.p99Ms,
      sqlPerRequest: statements.length,
      rssMb: api.rssMb,
    };
    results.push(row);
    say(
      `  ${row.apiRps} req/s (raw pg ${row.rawPgRps}, ratio ${row.ratio}), p50 ${row.p50Ms} ms, p99 ${row.p99Ms} ms, ${row.sqlPerRequest} statements, RSS ${row.rssMb} MB`,
    );
  }
}

// ---- phase 2b: live fan-out ----------------------------------------------------------------------

/**
 * Issue 13's flood, measured: 100 employees each hold 5 sockets of 20 `initiativeUpdated` subscriptions
 * (the limits) on one initiative, in a process of their own; a vote on it fans out to all 10,000 while a
 * bystander keeps reading the feed. Reported: how long the fan-out takes (vote sent → last delivery),
 * the bystander's latency before and during it, and the server's RSS (statements per event are the fan-out integration test's to count).
 */
const LIVE_PEOPLE = 100;
const SOCKETS_PER_PERSON = 5;
const SUBSCRIPTIONS_PER_SOCKET = 20;
const LIVE_ROUNDS = 5;

async function measureLiveFanOut() {
  const listeners = (
    await pool.query(
      `SELECT email FROM users WHERE email LIKE 'seed-user-%' AND role = 'EMPLOYEE' AND deactivated_at IS NULL
      AND NOT (email = ANY($1)) ORDER BY created_at, id LIMIT ${LIVE_PEOPLE}`,
      [voters],
    )
  ).rows.map((row) => row.email);
  say(`live: signing in ${listeners.length} listeners…`);
  const listenerTokens = [];
  for (const email of listeners) listenerTokens.push(await signIn(port, email));
  const expected = listenerTokens.length * SOCKETS_PER_PERSON * SUBSCRIPTIONS_PER_SOCKET;

  const clients = fork(join(root, 'scripts/bench-live-clients.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  // What the listeners say next, or a clear failure: a subscription lost before an event would wait forever.
  const nextMessage = (type, what) =>
    new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`bench: live: ${what} within 120 s`)), 120_000);
      clients.on('message', function on(message) {
        if (message.type !== type) return;
        clients.off('message', on);
        clearTimeout(timer);
        done(message);
      });
    });
  const opened = nextMessage('opened', 'the listeners did not connect');
  clients.send({
    type: 'open',
    url: `ws://127.0.0.1:${port}/graphql`,
    tokens: listenerTokens,
    initiativeId: page50.id,
    query: documents.InitiativeUpdated,
    socketsPerPerson: SOCKETS_PER_PERSON,
    subscriptionsPerSocket: SUBSCRIPTIONS_PER_SOCKET,
  });
  const { sockets, refused } = await opened;
  say(`live: ${sockets} sockets open, ${refused} subscriptions refused; ${expected} expected`);

  const [voter, bystander] = tokens;
  // Vote, or take the vote back: each is one event on the topic. Where the voter stands is read once.
  let { voted } = await one(
    `SELECT EXISTS (SELECT 1 FROM votes v JOIN users u ON u.id = v.user_id WHERE v.initiative_id = $1 AND u.email = $2) AS voted`,
    [page50.id, voters[0]],
  );
  const toggle = async () => {
    await post(port, voter, gql(voted ? 'UnvoteInitiative' : 'VoteInitiative', { initiativeId: page50.id }));
    voted = !voted;
  };
  const feedRequest = async () => {
    const started = performance.now();
    await post(port, bystander, feedBody('NEWEST'));
    return { ms: performance.now() - started };
  };

  let total = 0;
  // A first event proves every subscription is registered (graphql-ws does not acknowledge them one by one).
  total += expected;
  let reached = nextMessage('reached', 'not every subscriber heard the first vote');
  clients.send({ type: 'expect', total });
  await toggle();
  await reached;

  const rounds = [];
  await profiler?.start();
  for (let round = 0; round < LIVE_ROUNDS; round += 1) {
    const before = [];
    for (let n = 0; n < 20; n += 1) before.push((await feedRequest()).ms);
    total += expected;
    reached = nextMessage('reached', `not every subscriber heard event ${round + 1}`);
    clients.send({ type: 'expect', total });
    const sentAt = Date.now();
    let fannedOut = false;
    // Every read that starts before the last subscriber has heard the vote counts as "during".
    const during = [];
    const bystanderLoop = (async () => {
      while (!fannedOut) during.push((await feedRequest()).ms);
    })();
    await toggle();
    const { at } = await reached;
    fannedOut = true;
    await bystanderLoop;
    rounds.push({
      fanOutMs: at - sentAt,
      beforeMs: before,
      duringMs: during,
      rssMb: rssMb(),
    });
  }
  if (profiler) saveProfile('live-fan-out', await profiler.stop());
  clients.send({ type: 'close' });
  await new Promise((done) => clients.once('exit', done));

  const sorted = (values) => [...values].sort((a, b) => a - b);
  const percentile = (values, p) => {
    const list = sorted(values);
    return list.length ? Math.round(list[Math.min(list.length - 1, Math.floor((p / 100) * list.length))]) : 0;
  };
  const all = (key) => rounds.flatMap((round) => round[key]);
  return {
    subscriptions: expected,
    rounds: LIVE_ROUNDS,
    fanOutMsMedian: percentile(
      rounds.map((round) => round.fanOutMs),
      50,
    ),
    fanOutMsMax: Math.round(Math.max(...rounds.map((round) => round.fanOutMs))),
    bystanderBeforeP50Ms: percentile(all('beforeMs'), 50),
    bystanderDuringP50Ms: percentile(all('duringMs'), 50),
    bystanderDuringMaxMs: Math.round(Math.max(0, ...all('duringMs'))),
    bystanderDuringSamples: all('duringMs').length,
    rssMb: Math.max(...rounds.map((round) => round.rssMb)),
  };
}

const liveSelected = !options.only || options.only.split(',').includes('live');
const live = liveSelected ? await measureLiveFanOut() : null;
if (live) {
  say(
    `live: ${live.subscriptions} subscribers heard each event in ${live.fanOutMsMedian} ms (median of ${live.rounds}, max ${live.fanOutMsMax}); ` +
      `the bystander's feed took ${live.bystanderDuringP50Ms} ms p50, ${live.bystanderDuringMaxMs} ms max during the fan-out ` +
      `(${live.bystanderBeforeP50Ms} ms before); RSS ${live.rssMb} MB`,
  );
}

profiler?.close();
child.kill('SIGTERM');

// ---- phase 4: plans -------------------------------------------------------------------------------

mkdirSync(OUT, { recursive: true });
if (!options['no-plans']) {
  say('phase 4: EXPLAIN (ANALYZE, BUFFERS) of every statement that reads or writes a table…');
  const plansDir = join(OUT, 'plans');
  rmSync(plansDir, { recursive: true, force: true });
  mkdirSync(plansDir, { recursive: true });
  const client = await pool.connect();
  for (const scenario of list) {
    const { statements } = recorded.get(scenario.name);
    const sections = [];
    for (const [index, { text, parameters }] of statements.entries()) {
      if (!/^\s*(SELECT|WITH|INSERT|UPDATE|DELETE)/i.test(text)) continue;
      await client.query('BEGIN');
      try {
        const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, parameters);
        sections.push(
          `-- statement ${index + 1} of ${statements.length}\n${text}\n-- parameters: ${JSON.stringify(parameters.map((p) => (typeof p === 'string' && p.length > 80 ? `${p.slice(0, 77)}…` : p)))}\n\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}\n`,
        );
      } catch (error) {
        sections.push(`-- statement ${index + 1}: ${text}\n-- could not be explained alone: ${error.message}\n`);
      } finally {
        await client.query('ROLLBACK'); // EXPLAIN ANALYZE runs writes: none of them stays
      }
    }
    writeFileSync(join(plansDir, `${scenario.name.replace(':', '-')}.txt`), `${sections.join('\n')}`);
  }
  client.release();
}

// The ideas the propose scenario published go, so the next run measures the same database.
const removed = await pool.query(
  `DELETE FROM initiatives WHERE title ~ '^Bench idea [0-9]+: shorter queues$' AND author_id IN (SELECT id FROM users WHERE email = ANY($1))`,
  [voters],
);
if (removed.rowCount) say(`removed the ${removed.rowCount} ideas the propose scenario published`);

// ---- write ----------------------------------------------------------------------------------------

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const pgVersion = (await one('SHOW server_version')).server_version;
const machine = `${cpus().length} cores (${cpu}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, PostgreSQL ${pgVersion}${server.embedded ? ' (embedded)' : ''}; ${seeded.initiatives} initiatives, ${seeded.users} people, ${seeded.votes} votes, ${seeded.comments} comments; ${DURATION} s per run after ${WARMUP} s of warm-up`;
writeFileSync(join(OUT, 'results.json'), `${JSON.stringify({ machine, scenarios: results, live }, null, 2)}\n`);
const table = [
  '| scenario | c | req/s | raw pg req/s | ratio | p50 ms | p99 ms | SQL/request | RSS MB |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...results.map(
    (r) =>
      `| ${r.name} | ${r.concurrency} | ${r.apiRps} | ${r.rawPgRps} | ${r.ratio} | ${r.p50Ms} | ${r.p99Ms} | ${r.sqlPerRequest} | ${r.rssMb} |`,
  ),
];
writeFileSync(
  join(OUT, 'RESULTS.md'),
  `# Benchmark results\n\nWritten by \`npm run bench\`. Machine: ${machine}.\n\nEach scenario sends the web client's own GraphQL document over HTTP (autocannon, keep-alive, one signed-in employee per connection among ${tokens.length}), ` +
    `then raw \`pg\` replays the statements the same request sent, at the same concurrency, each worker holding one connection for the whole sequence. ` +
    `Writes (vote, unvote) rotate over ${votePool.length} initiatives in both runs. Plans: \`bench/plans/\`.\n\n${table.join('\n')}\n` +
    (live
      ? `\n## Live fan-out\n\n${LIVE_PEOPLE} employees each hold ${SOCKETS_PER_PERSON} sockets of ${SUBSCRIPTIONS_PER_SOCKET} \`initiativeUpdated\` subscriptions (the limits) to one initiative, the web's own document, in a separate process. ` +
        `A vote on it fans out to all ${live.subscriptions} while a bystander reads the feed over and over (${live.rounds} events).\n\n` +
        `| fan-out ms (median / max) | bystander feed p50 ms before | during: p50 / max ms (samples) | server RSS MB |\n| --- | --- | --- | --- |\n` +
        `| ${live.fanOutMsMedian} / ${live.fanOutMsMax} | ${live.bystanderBeforeP50Ms} | ${live.bystanderDuringP50Ms} / ${live.bystanderDuringMaxMs} (${live.bystanderDuringSamples}) | ${live.rssMb} |\n`
      : ''),
);
say(`wrote ${join(options.out, 'results.json')} and ${join(options.out, 'RESULTS.md')}`);
await pool.end();
await server.stop();
process.exit(0);
