// The listeners of `npm run bench`'s live phase, in a process of their own so that decoding 10,000
// messages does not run on the measuring process's event loop. Started by scripts/bench.mjs with an IPC
// channel: it receives { url, tokens, initiativeId, query, socketsPerPerson, subscriptionsPerSocket },
// opens the sockets, and answers { type: 'reached', total, at } once its deliveries reach each
// { type: 'expect', total } it is sent ('at' is Date.now() at the last delivery, same clock as the parent's).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const send = (message) => process.send?.(message);
const clients = [];
let delivered = 0;
let refused = 0;
let lastAt = 0;
let waiting = null;

const check = () => {
  if (waiting !== null && delivered >= waiting) {
    send({ type: 'reached', total: delivered, at: lastAt });
    waiting = null;
  }
};

process.on('message', (message) => {
  if (message.type === 'open') open(message);
  if (message.type === 'expect') {
    waiting = message.total;
    check();
  }
  if (message.type === 'close') {
    Promise.all(clients.map((client) => client.dispose())).finally(() => process.exit(0));
  }
});

async function open({ url, tokens, initiativeId, query, socketsPerPerson, subscriptionsPerSocket }) {
  const connected = [];
  for (const token of tokens) {
    for (let s = 0; s < socketsPerPerson; s += 1) {
      let acknowledged;
      connected.push(new Promise((resolve) => (acknowledged = resolve)));
      const client = createClient({
        url,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
        lazy: false,
        on: { connected: () => acknowledged(true), closed: () => acknowledged(false) },
        onNonLazyError: () => undefined,
      });
      clients.push(client);
      for (let k = 0; k < subscriptionsPerSocket; k += 1) {
        client.subscribe(
          { query, variables: { id: initiativeId } },
          {
            next: (result) => {
              if (result.errors) refused += 1;
              else {
                delivered += 1;
                lastAt = Date.now();
              }
              check();
            },
            error: () => (refused += 1),
            complete: () => undefined,
          },
        );
      }
    }
  }
  const results = await Promise.all(connected);
  send({ type: 'opened', sockets: results.filter(Boolean).length, refused });
}
