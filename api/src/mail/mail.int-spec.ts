import { graphql } from '../../../test/support/gql';
import { TestSmtpServer } from '../../../test/support/smtp';
import { TestApp, type TestUser } from '../../../test/support/test-app';
import type { AppConfig } from '../config/config';
import { layOut } from './mail-layout';
import { MailOutbox } from './mail-outbox.service';

const Outbox = graphql(`
  query Outbox($first: Int, $after: String) {
    outbox(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        to
        subject
        kind
        state
        attempts
        createdAt
        sentAt
        lastError
      }
    }
  }
`);

/** Fast retries and leases, so a test sees several attempts in seconds. */
const quickMail = (smtpUrl: string | undefined): Partial<AppConfig> => ({
  mail: { smtpUrl, from: 'Red Chair <no-reply@example.test>', maxAttempts: 3, retryDelaySeconds: 1, leaseSeconds: 2 },
  jobs: { pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1, stopTimeoutSeconds: 1 },
  publicUrl: 'https://ideas.example.test',
});

const content = (subject: string) =>
  layOut({
    locale: 'en',
    subject,
    preview: 'Preview line',
    heading: 'Hello <there>',
    paragraphs: ['First paragraph & more.'],
    action: { label: 'Open', url: 'https://ideas.example.test/x?a=1&b=2' },
    reason: 'You get this because a test sent it.',
  });

async function enqueue(app: TestApp, to: string, subject: string, options: { rollback?: boolean } = {}): Promise<void> {
  const outbox = app.app.get(MailOutbox);
  await app.db
    .transaction(async (tx) => {
      await outbox.enqueue(tx, { recipientId: null, to, kind: 'PASSWORD_RESET', content: content(subject) });
      if (options.rollback) throw new Error('rolled back on purpose');
    })
    .catch((error: Error) => {
      if (!options.rollback) throw error;
    });
}

const outboxRows = (app: TestApp) =>
  app.db.query(
    `SELECT subject, state, attempts, last_error AS "lastError", sent_at AS "sentAt" FROM outbox_messages ORDER BY created_at`,
  ) as Promise<{ subject: string; state: string; attempts: number; lastError: string | null; sentAt: Date | null }[]>;

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('mail outbox without SMTP_URL (docs/api.md#mail)', () => {
  let app: TestApp;
  let admin: TestUser;
  let manager: TestUser;
  beforeAll(async () => {
    app = await TestApp.start({}, quickMail(undefined));
    admin = await app.make.user({ role: 'ADMIN' });
    manager = await app.make.user({ role: 'MANAGER' });
  });
  afterAll(() => app.close());

  it('keeps every message as NOT_SENT and shows it to admins, newest first, paged', async () => {
    for (const n of [1, 2, 3]) await enqueue(app, `person${n}@example.test`, `Message ${n}`);
    const first = await app.as(admin).send(Outbox, { first: 2 });
    expect(first.outbox.totalCount).toBe(3);
    expect(first.outbox.nodes.map((m) => m.subject)).toEqual(['Message 3', 'Message 2']);
    expect(first.outbox.nodes[0]).toMatchObject({
      to: 'person3@example.test',
      kind: 'PASSWORD_RESET',
      state: 'NOT_SENT',
      attempts: 0,
      sentAt: null,
    });
    const second = await app.as(admin).send(Outbox, { first: 2, after: first.outbox.pageInfo.endCursor });
    expect(second.outbox.nodes.map((m) => m.subject)).toEqual(['Message 1']);
    expect(second.outbox.pageInfo.hasNextPage).toBe(false);
  });

  it('writes nothing when the transaction that caused the mail rolls back', async () => {
    const before = (await outboxRows(app)).length;
    await enqueue(app, 'nobody@example.test', 'Never', { rollback: true });
    expect(await outboxRows(app)).toHaveLength(before);
  });

  it('is for admins only, and refuses a tampered cursor', async () => {
    expect(await app.as(manager).run(Outbox)).toHaveErrorCode('FORBIDDEN');
    const tampered = Buffer.from(JSON.stringify(['not a time', 'x'])).toString('base64url');
    expect(await app.as(admin).run(Outbox, { after: tampered })).toHaveErrorCode('BAD_USER_INPUT');
  });
});

describe('mail delivery through SMTP (docs/api.md#mail)', () => {
  let smtp: TestSmtpServer;
  let app: TestApp;
  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    app = await TestApp.start({}, quickMail(smtp.url));
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
  });
  beforeEach(() => {
    smtp.received.length = 0;
  });

  it('sends HTML and plain text once, with a Message-ID made from the outbox row', async () => {
    await enqueue(app, 'reader@example.test', 'Your link');
    const [mail] = await smtp.waitFor(1);
    expect(mail.envelopeTo).toEqual(['reader@example.test']);
    expect(mail.parsed.subject).toBe('Your link');
    expect(mail.parsed.from?.value).toEqual([{ name: 'Red Chair', address: 'no-reply@example.test' }]);
    expect(mail.parsed.html).toContain('Hello &lt;there&gt;');
    expect(mail.parsed.html).toContain('href="https://ideas.example.test/x?a=1&amp;b=2"');
    expect(mail.parsed.html).not.toMatch(/<img|<link|<style/);
    expect(mail.parsed.text).toContain('Open: https://ideas.example.test/x?a=1&b=2');
    expect(mail.parsed.text).toContain('You get this because a test sent it.');
    expect(mail.parsed.messageId).toMatch(/^<[0-9a-f-]{36}@ideas\.example\.test>$/);
    const [row] = await until(
      () => outboxRows(app),
      (rows) => rows.some((r) => r.state === 'SENT'),
    );
    expect(row).toMatchObject({ state: 'SENT', attempts: 1, lastError: null });
    expect(row.sentAt).toBeInstanceOf(Date);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // a second delivery would arrive by now
    expect(smtp.received).toHaveLength(1);
  });

  it('retries a temporary refusal with backoff, then sends', async () => {
    smtp.answers.push({ code: 451, message: 'Try again later' });
    await enqueue(app, 'retry@example.test', 'Retried');
    const [mail] = await smtp.waitFor(1);
    expect(mail.parsed.subject).toBe('Retried');
    const rows = await until(
      () => outboxRows(app),
      (all) => all.find((r) => r.subject === 'Retried')?.state === 'SENT',
    );
    expect(rows.find((r) => r.subject === 'Retried')).toMatchObject({ state: 'SENT', attempts: 2, lastError: null });
  });

  it('gives up at once on a permanent refusal and keeps the reason', async () => {
    smtp.answers.push({ code: 550, message: 'No such mailbox' });
    await enqueue(app, 'gone@example.test', 'Bounced');
    const rows = await until(
      () => outboxRows(app),
      (all) => all.find((r) => r.subject === 'Bounced')?.state === 'FAILED',
    );
    expect(rows.find((r) => r.subject === 'Bounced')).toMatchObject({
      state: 'FAILED',
      attempts: 1,
      lastError: expect.stringMatching(/No such mailbox/),
    });
    expect(smtp.received).toHaveLength(0);
  });

  it('gives up after the last attempt when the refusals go on', async () => {
    smtp.answers.push(...Array.from({ length: 3 }, () => ({ code: 421, message: 'Service not available' })));
    await enqueue(app, 'busy@example.test', 'Never delivered');
    const rows = await until(
      () => outboxRows(app),
      (all) => all.find((r) => r.subject === 'Never delivered')?.state === 'FAILED',
      30_000,
    );
    expect(rows.find((r) => r.subject === 'Never delivered')).toMatchObject({
      state: 'FAILED',
      attempts: 3,
      lastError: expect.stringMatching(/not available/),
    });
  }, 40_000);
});

describe('mail delivery when a server dies mid-delivery (docs/api.md#mail)', () => {
  it('sends the mail once, from another instance, after the lease of the dead one runs out', async () => {
    const smtp = await TestSmtpServer.start();
    const first = await TestApp.start({}, quickMail(smtp.url));
    try {
      smtp.holdConnections = 1; // the first worker claims the message, then hangs before sending
      await enqueue(first, 'once@example.test', 'Exactly once');
      await until(
        () => outboxRows(first),
        (rows) => rows[0]?.attempts === 1,
      );
      await first.app.close(); // the first server goes away holding the claim; its send never ends
      const second = await first.sibling({}, quickMail(smtp.url));
      try {
        const [mail] = await smtp.waitFor(1, 20_000);
        expect(mail.parsed.subject).toBe('Exactly once');
        const [row] = await until(
          () => outboxRows(second),
          (rows) => rows[0]?.state === 'SENT',
        );
        expect(row.attempts).toBe(2);
        await new Promise((resolve) => setTimeout(resolve, 2500));
        expect(smtp.received).toHaveLength(1);
      } finally {
        await second.close();
      }
    } finally {
      await first.close().catch(() => undefined);
      await smtp.close();
    }
  }, 40_000);
});
