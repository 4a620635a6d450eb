import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { AUDIT_ACTIONS, PAGINATION } from '@red-chair/domain';
import { IsIn, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

@ArgsType()
export class AuditLogArgs {
  @Field(() => Int, { defaultValue: 50 })
  @Min(0, { message: 'must be 0 or more' })
  @Max(PAGINATION.maxFirst, { message: `must be at most ${PAGINATION.maxFirst}` })
  first: number = 50;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;

  /** Checked by the resolver's id pipe: a malformed id is BAD_USER_INPUT. */
  @Field(() => ID, { nullable: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'One of the AuditEntry actions.' })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS, { message: `must be one of ${AUDIT_ACTIONS.join(', ')}` })
  action?: string | null;
}
