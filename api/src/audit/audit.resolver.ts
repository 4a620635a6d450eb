import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Ctx } from '../auth/current-viewer.decorator';
import { Roles } from '../auth/roles.decorator';
import { InvalidInputError } from '../common/errors';
import { parseId } from '../common/ids';
import type { Page } from '../common/pagination';
import type { RequestContext } from '../common/request-context';
import type { UserEntity } from '../users/user.entity';
import { UserModel } from '../users/user.model';
import { AuditEntryConnection, AuditEntryModel } from './audit-entry.model';
import { AuditRepository, type AuditRow } from './audit.repository';
import { AuditLogArgs } from './dto/audit-log.args';

@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(private readonly entries: AuditRepository) {}

  @Roles('ADMIN')
  @Query(() => AuditEntryConnection, { description: 'ADMIN: administrative actions, newest first, by actor and action.' })
  auditLog(@Args() { first, after, actorId, action }: AuditLogArgs): Promise<Page<AuditRow>> {
    const actor = parseId(actorId, () => new InvalidInputError({ actorId: 'is not a valid id' }));
    return this.entries.page({ actorId: actor, action }, first, after);
  }

  @ResolveField(() => UserModel, { nullable: true })
  async actor(@Parent() entry: AuditRow, @Ctx() ctx: RequestContext): Promise<UserEntity | null> {
    return entry.actorId ? ctx.loaders.users.load(entry.actorId) : null;
  }
}
