import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { AuditAction, AuditTargetType } from '@red-chair/domain';

import type { Viewer } from '../common/viewer';

export interface AuditTarget {
  type: AuditTargetType;
  id: string | null;
}

/** The one way an action reaches the audit log: call it inside the action's own transaction. */
@Injectable()
export class AuditLog {
  async record(
    tx: EntityManager,
    actor: Viewer,
    action: AuditAction,
    target: AuditTarget,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    await tx.query(`INSERT INTO audit_entries (actor_id, action, target_type, target_id, details, ip) VALUES ($1, $2, $3, $4, $5, $6)`, [
      actor.id,
      action,
      target.type,
      target.id,
      JSON.stringify(details),
      ipOrNull(actor.clientAddress),
    ]);
  }
}

/** Express gives IPv4 clients as `::ffff:1.2.3.4`, which inet accepts; anything else that is not an address is dropped. */
function ipOrNull(address: string | undefined): string | null {
  if (!address || !/^[0-9a-fA-F:.]+$/.test(address)) return null;
  return address;
}
