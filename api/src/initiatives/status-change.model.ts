import { Field, ID, ObjectType } from '@nestjs/graphql';

import type { InitiativeStatus } from '@red-chair/domain';

import { InitiativeStatusEnum } from '../common/enums';

@ObjectType('StatusChange', { description: 'One answer in the public timeline of an initiative.' })
export class StatusChangeModel {
  @Field(() => ID)
  id: string;

  @Field(() => InitiativeStatusEnum)
  from: InitiativeStatus;

  @Field(() => InitiativeStatusEnum)
  to: InitiativeStatus;

  @Field(() => String, { nullable: true, description: 'The follow-up told to the author and every follower.' })
  note: string | null;

  @Field()
  at: Date;

  /** Resolved through the users loader. */
  byId: string;
}
