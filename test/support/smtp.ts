import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

export interface ReceivedMail {
  envelopeTo: string[];
  parsed: ParsedMail;
}

/** What the server answers to the next messages, in order: 'accept', or an SMTP refusal. */
export type SmtpAnswer = 'accept' | { code: number; message: string };

/**
 * A real SMTP server in the test process (smtp-server), keeping every message it accepts, parsed by
 * mailparser. `answers` scripts refusals (a 451 to make the sender retry, a 550 to make it give up).
 */
export class TestSmtpServer {
  readonly received: ReceivedMail[] = [];
  readonly answers: SmtpAnswer[] = [];
  /** Connections to leave without a greeting, as a sender would see a server that hangs. */
  holdConnections = 0;
  private waiters: (() => void)[] = [];

  private constructor(
    private readonly server: SMTPServer,
    readonly url: string,
  ) {}

  static async start(): Promise<TestSmtpServer> {
    const self: { instance?: TestSmtpServer } = {};
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onConnect(_session, callback) {
        if (self.instance && self.instance.holdConnections > 0) {
          self.instance.holdConnections -= 1;
          return; // never answered: the socket is destroyed when the server closes
        }
        callback();
      },
      onData(stream, session: SMTPServerSession, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const answer = self.instance?.answers.shift() ?? 'accept';
          if (answer !== 'accept') {
            const error = Object.assign(new Error(answer.message), { responseCode: answer.code });
            callback(error);
            return;
          }
          simpleParser(Buffer.concat(chunks))
            .then((parsed) => {
              self.instance?.received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), parsed });
              self.instance?.wake();
              callback();
            })
            .catch(callback);
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    self.instance = new TestSmtpServer(server, `smtp://127.0.0.1:${port}`);
    return self.instance;
  }

  /** Resolves once `count` messages have arrived; fails after `timeoutMs`. */
  async waitFor(count: number, timeoutMs = 15_000): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`expected ${count} mail(s), received ${this.received.length} in ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.received.slice(0, count);
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
