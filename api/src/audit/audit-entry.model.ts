import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { PageInfo } from '../common/pagination';
import { UserModel } from '../users/user.model';

@ObjectType('AuditEntry', { description: 'One administrative action (ADMIN). Entries are never changed or removed.' })
export class AuditEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => UserModel, { nullable: true, description: 'Who acted; null for the system.' })
  actor?: UserModel | null;

  actorId: string | null;

  @Field({ description: 'One of USER_CREATED, USER_ROLE_CHANGED, … CHALLENGE_LAUNCHED (docs/api.md#administration).' })
  action: string;

  @Field({ description: 'USER, SPACE, INVITATION, INITIATIVE, COMMENT, AWARD, AWARD_GRANT or CHALLENGE.' })
  targetType: string;

  @Field(() => ID, { nullable: true })
  targetId: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "What the target is called now: a person's name, a space's or an award's name, an initiative's or a challenge's title, an invitation's email; for a comment or a grant, the initiative's title. Null once it is gone.",
  })
  targetName: string | null;

  @Field({ description: 'What changed, as a JSON object.' })
  details: string;

  @Field()
  at: Date;

  @Field(() => String, { nullable: true, description: 'The address the action came from.' })
  ip: string | null;
}

@ObjectType('AuditEntryConnection')
export class AuditEntryConnection {
  @Field(() => [AuditEntryModel])
  nodes: AuditEntryModel[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}
