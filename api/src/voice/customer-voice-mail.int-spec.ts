import { mkdirSync, writeFileSync } from 'node:fs';

import { TestApp, type TestUser } from '../../../test/support/test-app';
import { Clock } from '../common/clock';
import { CustomerVoiceMailer } from './customer-voice-mail.service';

/** The coming Monday 08:00 UTC (today's when it is still to come): the rows made now fall in its week. */
function comingMondayMorning(): Date {
  const now = new Date();
  const monday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 8, 0, 0));
  monday.setUTCDate(monday.getUTCDate() + ((8 - monday.getUTCDay()) % 7));
  if (monday.getTime() <= now.getTime()) monday.setUTCDate(monday.getUTCDate() + 7);
  return monday;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

interface Sent {
  recipient_id: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

describe('the Monday customer-voice mail (docs/api.md#the-red-chair)', () => {
  let app: TestApp;
  let mailer: CustomerVoiceMailer;
  let clock: jest.SpyInstance<Date, []>;
  let manager: TestUser;
  let frenchAdmin: TestUser;
  let quietAdmin: TestUser;
  let employee: TestUser;
  const monday = comingMondayMorning();

  beforeAll(async () => {
    app = await TestApp.start({ PUBLIC_URL: 'https://ideas.example.test' });
    mailer = app.app.get(CustomerVoiceMailer);
    clock = jest.spyOn(app.app.get(Clock), 'now');
    const customer = await app.make.user({ role: 'CUSTOMER' });
    [manager, frenchAdmin, quietAdmin, employee] = await Promise.all([
      app.make.user({ role: 'MANAGER' }),
      app.make.user({ role: 'ADMIN' }),
      app.make.user({ role: 'ADMIN' }),
      app.make.user({ role: 'EMPLOYEE' }),
    ]);
    const gone = await app.make.user({ role: 'MANAGER' });
    await app.db.query(`UPDATE users SET time_zone = 'UTC'`);
    await app.db.query(`UPDATE users SET locale = 'fr' WHERE id = $1`, [frenchAdmin.id]);
    await app.db.query(`UPDATE users SET email_frequency = 'NEVER' WHERE id = $1`, [quietAdmin.id]);
    await app.db.query(`UPDATE users SET deactivated_at = now() WHERE id = $1`, [gone.id]);
    const space = await app.make.space({ kind: 'COMMUNITY', access: 'OPEN', responseSlaDays: 3 });
    await app.make.initiative({ space, author: customer, title: 'Shorter queues at the tills' });
    await app.make.initiative({ space, author: customer, title: 'Nobody answered this one', createdAt: new Date(Date.now() - 20 * DAY) });
  });
  afterAll(() => app.close());

  const sent = (): Promise<Sent[]> =>
    app.db.query(
      `SELECT recipient_id, subject, text, html, headers FROM outbox_messages WHERE kind = 'CUSTOMER_VOICE' ORDER BY created_at`,
    );
  const at = async (when: Date) => {
    clock.mockReturnValue(when);
    return mailer.sendDue();
  };

  it('waits for Monday 08:00 in the reader’s zone', async () => {
    expect(await at(new Date(monday.getTime() - MINUTE))).toBe(0);
    expect(await sent()).toEqual([]);
  });

  it('mails managers and admins who have not chosen NEVER, once, in their language, overdue ideas first', async () => {
    expect(await at(new Date(monday.getTime() + 5 * MINUTE))).toBe(2);
    const mails = await sent();
    expect(mails.map((mail) => mail.recipient_id).sort()).toEqual([manager.id, frenchAdmin.id].sort());
    expect(mails.map((mail) => mail.recipient_id)).not.toContain(quietAdmin.id);
    expect(mails.map((mail) => mail.recipient_id)).not.toContain(employee.id);

    const english = mails.find((mail) => mail.recipient_id === manager.id)!;
    expect(english.subject).toBe('The customer’s voice this week — proposed: 1, awaiting an answer: 1');
    expect(english.text).toContain('Overdue for an answer (1)');
    expect(english.text.indexOf('Nobody answered this one')).toBeLessThan(english.text.indexOf('Shorter queues at the tills'));
    expect(english.text).toContain('https://ideas.example.test/red-chair');
    expect(english.headers['List-Unsubscribe']).toMatch(/^<https:\/\/ideas\.example\.test\/unsubscribe\/[\w.-]+>$/);
    expect(english.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(english.html).not.toMatch(/<img|https?:\/\/(?!ideas\.example\.test)[^"]*\.(png|jpg|css)/);

    if (process.env.MAIL_PREVIEW_DIR) {
      // For a look in a browser: MAIL_PREVIEW_DIR=test-results/mail npx jest … then open the files.
      mkdirSync(process.env.MAIL_PREVIEW_DIR, { recursive: true });
      for (const mail of mails)
        writeFileSync(`${process.env.MAIL_PREVIEW_DIR}/customer-voice-${mail.recipient_id === manager.id ? 'en' : 'fr'}.html`, mail.html);
    }
    const french = mails.find((mail) => mail.recipient_id === frenchAdmin.id)!;
    expect(french.subject).toBe('La voix du client cette semaine — proposées : 1, en attente de réponse : 1');

    expect(await at(new Date(monday.getTime() + 3 * 60 * MINUTE))).toBe(0); // the same morning again
    expect(await sent()).toHaveLength(2);
  });

  it('comes back the next Monday, not before', async () => {
    expect(await at(new Date(monday.getTime() + 6 * DAY))).toBe(0);
    expect(await at(new Date(monday.getTime() + 7 * DAY + MINUTE))).toBeGreaterThan(0);
  });

  it('waits for a Monday for someone made a manager on a Wednesday', async () => {
    const newcomer = await app.make.user({ role: 'MANAGER' });
    await app.db.query(`UPDATE users SET time_zone = 'UTC' WHERE id = $1`, [newcomer.id]);
    await at(new Date(monday.getTime() + 9 * DAY)); // Wednesday of the following week
    expect((await sent()).filter((mail) => mail.recipient_id === newcomer.id)).toEqual([]);
    await at(new Date(monday.getTime() + 14 * DAY + MINUTE));
    expect((await sent()).filter((mail) => mail.recipient_id === newcomer.id)).toHaveLength(1);
  });
});
