import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsIn, IsOptional } from 'class-validator';

import { AUDIT_ACTIONS } from '@red-chair/domain';

import { LogPageArgs } from '../../common/pagination';

@ArgsType()
export class AuditLogArgs extends LogPageArgs {
  /** Checked by the resolver's id pipe: a malformed id is BAD_USER_INPUT. */
  @Field(() => ID, { nullable: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'One of the AuditEntry actions.' })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS, { message: `must be one of ${AUDIT_ACTIONS.join(', ')}` })
  action?: string | null;
}
