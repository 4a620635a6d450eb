import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import type { MailKind, OutboxState } from '@red-chair/domain';

import { idKey, Keyset, timeKey, type CursorColumns, type Page } from '../common/pagination';
import { SqlParameters } from '../common/sql';

const NEWEST = new Keyset([timeKey('o.created_at'), idKey('o.id')]);

/** A row as the admin's outbox shows it. */
export interface OutboxRow {
  id: string;
  toAddress: string;
  subject: string;
  kind: MailKind;
  state: OutboxState;
  attempts: number;
  createdAt: Date;
  sentAt: Date | null;
  lastError: string | null;
  text: string;
  html: string;
}

/** What a worker needs to send one message. */
export interface ClaimedMessage {
  id: string;
  toAddress: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  attempts: number;
}

export interface NewMessage {
  recipientId: string | null;
  toAddress: string;
  kind: MailKind;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  state: Extract<OutboxState, 'PENDING' | 'NOT_SENT'>;
}

const ROW_COLUMNS = `o.id, o.to_address AS "toAddress", o.subject, o.kind, o.state, o.attempts, o.created_at AS "createdAt", o.sent_at AS "sentAt",
  o.last_error AS "lastError", o.text, o.html`;

@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Many messages in one statement (a bulk import mails thousands); ids in the order given. */
  async insertMany(tx: EntityManager, messages: NewMessage[]): Promise<string[]> {
    if (messages.length === 0) return [];
    const column = <K extends keyof NewMessage>(key: K) => messages.map((message) => message[key]);
    const rows = (await tx.query(
      `INSERT INTO outbox_messages (recipient_id, to_address, kind, subject, html, text, headers, state)
       SELECT m.recipient_id, m.to_address, m.kind, m.subject, m.html, m.text, m.headers::jsonb, m.state
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) WITH ORDINALITY
              AS m(recipient_id, to_address, kind, subject, html, text, headers, state, n)
        ORDER BY m.n
       RETURNING id`,
      [
        column('recipientId'),
        column('toAddress'),
        column('kind'),
        column('subject'),
        column('html'),
        column('text'),
        messages.map((message) => JSON.stringify(message.headers)),
        column('state'),
      ],
    )) as { id: string }[];
    return rows.map((row) => row.id);
  }

  /**
   * Takes a PENDING message for `leaseSeconds`, counting the attempt. Null when it is no longer
   * pending (sent, failed) or another worker holds it.
   */
  async claim(id: string, leaseSeconds: number): Promise<ClaimedMessage | null> {
    const rows = (await this.db.query(
      `UPDATE outbox_messages SET attempts = attempts + 1, lease_until = now() + make_interval(secs => $2)
       WHERE id = $1 AND state = 'PENDING' AND (lease_until IS NULL OR lease_until < now())
       RETURNING id, to_address AS "toAddress", subject, html, text, headers, attempts`,
      [id, leaseSeconds],
    )) as [ClaimedMessage[], number];
    return rows[0][0] ?? null;
  }

  /** Whether a message still waits for a worker (leased or not). */
  async isPending(id: string): Promise<boolean> {
    const rows = (await this.db.query(`SELECT 1 FROM outbox_messages WHERE id = $1 AND state = 'PENDING'`, [id])) as unknown[];
    return rows.length > 0;
  }

  async markSent(id: string): Promise<void> {
    await this.db.query(`UPDATE outbox_messages SET state = 'SENT', sent_at = now(), lease_until = NULL, last_error = NULL WHERE id = $1`, [
      id,
    ]);
  }

  /** Records the failure; `final` gives up on the message (FAILED), otherwise it waits for a retry. */
  async recordFailure(id: string, error: string, final: boolean): Promise<void> {
    await this.db.query(
      `UPDATE outbox_messages SET lease_until = NULL, last_error = $2, state = CASE WHEN $3 THEN 'FAILED' ELSE state END WHERE id = $1`,
      [id, error, final],
    );
  }

  /** Newest first; one statement whatever the page size (two for a page past the end). */
  async page(first: number, after: string | null | undefined): Promise<Page<OutboxRow>> {
    const params = new SqlParameters();
    const where = after ? `WHERE ${NEWEST.after(after, params)}` : '';
    const rows = (await this.db.query(
      `SELECT ${ROW_COLUMNS}, ${NEWEST.cursorColumns}, (SELECT count(*)::int FROM outbox_messages) AS "totalCount"
         FROM outbox_messages o ${where}
        ORDER BY ${NEWEST.orderBy} LIMIT ${params.add(first + 1)}`,
      params.values,
    )) as (OutboxRow & CursorColumns & { totalCount: number })[];
    const totalCount = rows[0]?.totalCount ?? (await this.count());
    return NEWEST.page(rows, first, totalCount, ({ totalCount: _total, ...row }) => row);
  }

  private async count(): Promise<number> {
    const [row] = (await this.db.query(`SELECT count(*)::int AS n FROM outbox_messages`)) as { n: number }[];
    return row.n;
  }
}
