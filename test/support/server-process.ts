import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

import { createTestDatabase } from './test-database';

const ROOT = resolve(__dirname, '../..');

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The built server (`node api/dist/api/src/main.js`) on a fresh database, as `npm start` runs it. */
export class ServerProcess {
  private constructor(
    private child: ChildProcess,
    readonly url: string,
    readonly databaseUrl: string,
    private readonly dropDatabase: () => Promise<void>,
    readonly output: string[],
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<ServerProcess> {
    const database = await createTestDatabase();
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    // PUBLIC_URL is the address the browser uses, so mailed links and the single sign-on callback lead back here.
    const fullEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      PORT: String(port),
      PUBLIC_URL: url,
      DEMO_DATA: '0',
      HOST: '127.0.0.1',
      ...env,
    };
    const output: string[] = [];
    const child = await ServerProcess.spawnReady(fullEnv, url, output);
    return new ServerProcess(child, url, database.url, database.drop, output, fullEnv);
  }

  private static async spawnReady(env: NodeJS.ProcessEnv, url: string, output: string[]): Promise<ChildProcess> {
    const child = spawn(process.execPath, [resolve(ROOT, 'api/dist/api/src/main.js')], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited during start:\n${output.join('')}`);
      try {
        if ((await fetch(`${url}/health`)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`the server did not answer /health in 30 s:\n${output.join('')}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    return child;
  }

  /** Stops the server and starts it again on the same port and database, as a deployment would. */
  async restart(): Promise<void> {
    await this.terminate();
    this.child = await ServerProcess.spawnReady(this.env, this.url, this.output);
  }

  /** The server's process id (to read its memory from /proc). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Sends `signal` and resolves with the exit code once the server has stopped (the database stays). */
  async signal(signal: NodeJS.Signals): Promise<number | null> {
    if (this.child.exitCode !== null) return this.child.exitCode;
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    this.child.kill(signal);
    return exited;
  }

  private async terminate(): Promise<void> {
    if (this.child.exitCode === null) {
      const exited = new Promise((r) => this.child.once('exit', r));
      this.child.kill('SIGTERM');
      await exited;
    }
  }

  async stop(): Promise<void> {
    await this.terminate();
    await this.dropDatabase();
  }
}
