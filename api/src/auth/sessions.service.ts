import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import type { Locale, Role } from '@red-chair/domain';

import { preparedQuery } from '../common/prepared';
import type { Viewer } from '../common/viewer';
import { SessionEntity } from './session.entity';
import { hashToken, newSessionToken, SESSION_TTL_DAYS } from './tokens';

export interface SessionMeta {
  userAgent?: string | null;
  clientAddress?: string | null;
}

@Injectable()
export class SessionsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(manager: EntityManager, userId: string, meta: SessionMeta): Promise<{ sessionId: string; token: string; expiresAt: Date }> {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + SESSION_TTL_DAYS * 24 * 3600 * 1000);
    const result = await manager.insert(SessionEntity, {
      userId,
      tokenHash: hashToken(token),
      expiresAt,
      userAgent: meta.userAgent?.slice(0, 500) ?? null,
      clientAddress: meta.clientAddress ?? null,
    });
    return { sessionId: (result.identifiers[0] as { id: string }).id, token, expiresAt };
  }

  /** One statement: a live session of an active user, or nothing. */
  async resolve(token: string): Promise<Viewer | null> {
    if (!token || token.length > 200) return null;
    const rows = await preparedQuery<{ session_id: string; user_id: string; role: Role; display_name: string; locale: Locale }>(
      this.db,
      this.db.manager,
      `SELECT s.id AS session_id, u.id AS user_id, u.role, u.display_name, u.locale
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.deactivated_at IS NULL`,
      [hashToken(token)],
    );
    const row = rows[0];
    return row ? { id: row.user_id, role: row.role, displayName: row.display_name, locale: row.locale, sessionId: row.session_id } : null;
  }

  /** Of these sessions, the ones still live (not revoked, not expired, their person active), with the role. */
  async liveRoles(sessionIds: readonly string[]): Promise<Map<string, Role>> {
    if (sessionIds.length === 0) return new Map();
    const rows = (await this.db.query(
      `SELECT s.id, u.role FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = ANY($1::uuid[]) AND s.revoked_at IS NULL AND s.expires_at > now() AND u.deactivated_at IS NULL`,
      [sessionIds],
    )) as { id: string; role: Role }[];
    return new Map(rows.map((row) => [row.id, row.role]));
  }

  /** Ends every session of the person, but `keep` when given (the one changing its password). */
  async revokeAllOf(manager: EntityManager, userId: string, keep: string | null = null): Promise<void> {
    await manager.query('UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND id IS DISTINCT FROM $2 AND revoked_at IS NULL', [
      userId,
      keep,
    ]);
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db.query('UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [sessionId]);
  }
}
