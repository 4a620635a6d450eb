import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MailKind, OutboxState } from '@red-chair/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { InvalidInputError } from '../common/errors';
import { isUuid } from '../common/ids';
import { decodeCursor, toPage, type Page } from '../common/pagination';

const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/;

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

const ROW_COLUMNS = `id, to_address AS "toAddress", subject, kind, state, attempts, created_at AS "createdAt", sent_at AS "sentAt", last_error AS "lastError", text, html`;

@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(tx: EntityManager, message: NewMessage): Promise<string> {
    const [row] = (await tx.query(
      `INSERT INTO outbox_messages (recipient_id, to_address, kind, subject, html, text, headers, state)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [message.recipientId, message.toAddress, message.kind, message.subject, message.html, message.text, JSON.stringify(message.headers), message.state],
    )) as { id: string }[];
    return row.id;
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
    await this.db.query(`UPDATE outbox_messages SET state = 'SENT', sent_at = now(), lease_until = NULL, last_error = NULL WHERE id = $1`, [id]);
  }

  /** Records the failure; `final` gives up on the message (FAILED), otherwise it waits for a retry. */
  async recordFailure(id: string, error: string, final: boolean): Promise<void> {
    await this.db.query(`UPDATE outbox_messages SET lease_until = NULL, last_error = $2, state = CASE WHEN $3 THEN 'FAILED' ELSE state END WHERE id = $1`, [
      id,
      error,
      final,
    ]);
  }

  /** Newest first; one statement whatever the page size. */
  async page(first: number, after: string | null | undefined): Promise<Page<OutboxRow>> {
    const [createdAt, id] = after ? decodeCursor(after, ['string', 'string']) : [null, null];
    if (after && !(CURSOR_TIME.test(String(createdAt)) && isUuid(String(id)))) throw new InvalidInputError({ after: 'is not a cursor from this list' });
    const rows = (await this.db.query(
      `WITH total AS (SELECT count(*)::int AS n FROM outbox_messages)
       SELECT ${ROW_COLUMNS}, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS "cursorAt", (SELECT n FROM total) AS "totalCount"
       FROM outbox_messages
       WHERE $1::timestamp IS NULL OR (created_at AT TIME ZONE 'UTC', id) < ($1::timestamp, $2::uuid)
       ORDER BY created_at DESC, id DESC
       LIMIT $3`,
      [createdAt, id, first + 1],
    )) as (OutboxRow & { cursorAt: string; totalCount: number })[];
    const totalCount = rows[0]?.totalCount ?? (await this.count());
    return toPage(rows, first, totalCount, (row) => [row.cursorAt, row.id]);
  }

  private async count(): Promise<number> {
    const [row] = (await this.db.query(`SELECT count(*)::int AS n FROM outbox_messages`)) as { n: number }[];
    return row.n;
  }
}
