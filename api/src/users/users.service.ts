import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

import type { Role } from '@red-chair/domain';

import { AuditLog } from '../audit/audit-log.service';
import { hashPassword } from '../auth/passwords';
import { Clock } from '../common/clock';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors';
import type { Page } from '../common/pagination';
import { isUniqueViolation } from '../common/postgres-errors';
import type { Viewer } from '../common/viewer';
import type { CreateUserInput } from './dto/create-user.input';
import type { UpdateProfileInput } from './dto/update-profile.input';
import type { UsersArgs } from './dto/users.args';
import { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';

const lastAdmin = (field: string, message: string) =>
  new InvalidInputError({ [field]: message }, `${message[0].toUpperCase()}${message.slice(1)}.`);

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersRepository,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** Inserts a user; an email already taken (in any case) is a CONFLICT on `email`. */
  async insertUser(
    manager: EntityManager,
    input: { email: string; password: string; displayName: string; role: UserEntity['role'] },
  ): Promise<UserEntity> {
    const passwordHash = await hashPassword(input.password);
    try {
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(UserEntity)
        .values({ email: input.email.trim(), displayName: input.displayName.trim(), role: input.role, passwordHash })
        .returning('*')
        .execute();
      const id = (result.identifiers[0] as { id: string }).id;
      return manager.findOneByOrFail(UserEntity, { id });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError('An account already uses this email.', { email: 'is already used by another account' });
      }
      throw error;
    }
  }

  createUser(viewer: Viewer, input: CreateUserInput): Promise<UserEntity> {
    return this.db.transaction(async (tx) => {
      const user = await this.insertUser(tx, input);
      await this.audit.record(tx, viewer, 'USER_CREATED', { type: 'USER', id: user.id }, { email: user.email, role: user.role });
      return user;
    });
  }

  /** An admin gives someone another role; the last active admin keeps theirs, so the company is never locked out. */
  async changeRole(viewer: Viewer, id: string, role: Role): Promise<UserEntity> {
    return this.db.transaction(async (tx) => {
      const { user, otherActiveAdmins } = await this.lockWithAdmins(tx, id);
      if (user.role === role) return user;
      if (user.role === 'ADMIN' && !user.deactivatedAt && otherActiveAdmins === 0)
        throw lastAdmin('role', 'the last active admin must stay an admin');
      await tx.update(UserEntity, { id }, { role });
      // A customer never sees internal spaces, so memberships there would only mislead.
      const leftSpaces = role === 'CUSTOMER' ? await this.users.leaveInternalSpaces(tx, id) : [];
      await this.audit.record(
        tx,
        viewer,
        'USER_ROLE_CHANGED',
        { type: 'USER', id },
        { from: user.role, to: role, ...(leftSpaces.length ? { leftSpaces } : {}) },
      );
      return tx.findOneByOrFail(UserEntity, { id });
    });
  }

  async reactivateUser(viewer: Viewer, id: string): Promise<UserEntity> {
    return this.db.transaction(async (tx) => {
      const user = await this.lockUser(tx, id);
      if (!user.deactivatedAt) return user;
      await tx.update(UserEntity, { id }, { deactivatedAt: null });
      await this.audit.record(tx, viewer, 'USER_REACTIVATED', { type: 'USER', id }, {});
      return tx.findOneByOrFail(UserEntity, { id });
    });
  }

  private async lockUser(tx: EntityManager, id: string): Promise<UserEntity> {
    const user = await tx.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw new NotFoundError('This user');
    return user;
  }

  /**
   * Locks the person and every active admin in one statement, in id order: two admins demoting each
   * other at once neither deadlock nor both pass; the second waits, then no longer counts the first.
   */
  private async lockWithAdmins(tx: EntityManager, id: string): Promise<{ user: UserEntity; otherActiveAdmins: number }> {
    const locked = (await tx.query(
      `SELECT id FROM users WHERE id = $1 OR (role = 'ADMIN' AND deactivated_at IS NULL) ORDER BY id FOR UPDATE`,
      [id],
    )) as { id: string }[];
    if (!locked.some((row) => row.id === id)) throw new NotFoundError('This user');
    const user = await tx.findOneByOrFail(UserEntity, { id });
    const otherActiveAdmins = locked.filter((row) => row.id !== id).length;
    return { user, otherActiveAdmins };
  }

  /** Deactivation is immediate: every session of the person is revoked in the same transaction. */
  async deactivateUser(viewer: Viewer, id: string): Promise<UserEntity> {
    return this.db.transaction(async (tx) => {
      const { user, otherActiveAdmins } = await this.lockWithAdmins(tx, id);
      if (user.id === viewer.id) throw new ConflictError('You cannot deactivate your own account.');
      if (!user.deactivatedAt) {
        if (user.role === 'ADMIN' && otherActiveAdmins === 0) throw lastAdmin('id', 'the last active admin cannot be deactivated');
        await tx.update(UserEntity, { id }, { deactivatedAt: () => 'now()' });
        await this.users.revokeSessions(tx, id);
        await this.audit.record(tx, viewer, 'USER_DEACTIVATED', { type: 'USER', id }, {});
      }
      return tx.findOneByOrFail(UserEntity, { id });
    });
  }

  /** The signed-in person's own name and language. */
  async updateProfile(viewer: Viewer, input: UpdateProfileInput): Promise<UserEntity> {
    const changes: QueryDeepPartialEntity<UserEntity> = {};
    if (input.displayName != null) changes.displayName = input.displayName;
    if (input.locale != null) changes.locale = input.locale;
    if (input.timeZone != null) {
      // Digests are timed in SQL: the zone must be one PostgreSQL knows too, not only Node.
      const [known]: unknown[] = await this.db.query('SELECT 1 FROM pg_timezone_names WHERE name = $1', [input.timeZone]);
      if (!known) throw new InvalidInputError({ timeZone: 'is not a known time zone: use an IANA name such as Europe/Paris' });
      changes.timeZone = input.timeZone;
    }
    if (input.emailFrequency != null) {
      changes.emailFrequency = input.emailFrequency;
      // Links in mail sent before this choice no longer unsubscribe (docs/api.md#mail).
      changes.unsubscribeVersion = () => 'unsubscribe_version + 1';
      // A digest starts with what comes after the choice, not with the backlog of the old frequency.
      changes.lastDigestAt = this.clock.now();
    }
    if (Object.keys(changes).length) await this.db.getRepository(UserEntity).update({ id: viewer.id }, changes);
    return this.db.getRepository(UserEntity).findOneByOrFail({ id: viewer.id });
  }

  async findById(id: string): Promise<UserEntity | null> {
    return this.db.getRepository(UserEntity).findOneBy({ id });
  }

  async findByEmailWithPassword(email: string): Promise<UserEntity | null> {
    return this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email: email.trim() })
      .getOne();
  }

  /** Admin directory, alphabetical by name then id; two statements whatever the page size. */
  list(args: UsersArgs): Promise<Page<UserEntity>> {
    return this.users.page(args);
  }
}
