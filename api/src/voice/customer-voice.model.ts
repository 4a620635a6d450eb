import { Field, Int, ObjectType } from '@nestjs/graphql';

import { CommentModel } from '../comments/comment.model';
import { InitiativeModel } from '../initiatives/initiative.model';
import type { InitiativeRow } from '../initiatives/initiatives.repository';
import type { SpaceEntity } from '../spaces/space.entity';
import { SpaceModel } from '../spaces/space.model';

@ObjectType('CustomerVoiceCounts', { description: 'What happened in the period, in the spaces of the report.' })
export class CustomerVoiceCounts {
  @Field(() => Int, { description: 'Initiatives proposed in the period.' })
  proposed: number;

  @Field(() => Int, { description: 'Initiatives that got their first answer (a move out of SUBMITTED) in the period.' })
  answered: number;

  @Field(() => Int, { description: 'Initiatives moved to IMPLEMENTED in the period.' })
  implemented: number;

  @Field(() => Int, { description: 'Votes cast in the period.' })
  votes: number;

  @Field(() => Int, { description: 'Comments written in the period, neither hidden nor deleted.' })
  comments: number;
}

@ObjectType('SupportedInitiative', { description: 'An initiative with the votes it received in the period.' })
export class SupportedInitiative {
  @Field(() => InitiativeModel)
  initiative: InitiativeRow;

  @Field(() => Int, { description: 'Votes cast for it in the period.' })
  votes: number;
}

@ObjectType('CustomerVoice', {
  description:
    'What the customer said in the period (from inclusive, to exclusive), for the first five minutes of a leadership meeting. Lists hold at most 10 entries.',
})
export class CustomerVoiceModel {
  @Field({ description: 'The start of the period (default: 7 days before `to`).' })
  from: Date;

  @Field({ description: 'The end of the period (default: now).' })
  to: Date;

  @Field(() => SpaceModel, { nullable: true, description: 'The space reported on; null: every space the viewer sees.' })
  space: SpaceEntity | null;

  @Field(() => CustomerVoiceCounts)
  counts: CustomerVoiceCounts;

  @Field(() => [InitiativeModel], {
    description: 'Proposed in the period, for customers (orientation CUSTOMER) or in a COMMUNITY space; newest first.',
  })
  newCustomerInitiatives: InitiativeRow[];

  @Field(() => Int, { description: 'How many newCustomerInitiatives there are in all (the list stops at 10).' })
  newCustomerInitiativeCount: number;

  @Field(() => [InitiativeModel], { description: 'Most votes cast in the period first.' })
  mostSupported: InitiativeRow[];

  @Field(() => [SupportedInitiative], { description: 'mostSupported, each with its votes of the period.' })
  mostSupportedWithVotes: SupportedInitiative[];

  @Field(() => [InitiativeModel], {
    description: "Awaiting a response now (still SUBMITTED past the space's responseSlaDays); the most overdue first, whatever the period.",
  })
  overdue: InitiativeRow[];

  @Field(() => Int, { description: 'How many initiatives await a response in all (the list stops at 10).' })
  overdueCount: number;

  @Field(() => [InitiativeModel], { description: 'Flagged by the co-design review rule now (needsReview); lowest average first.' })
  needingReview: InitiativeRow[];

  @Field(() => [InitiativeModel], { description: 'Moved to IMPLEMENTED in the period, most recent first; see followUpNote.' })
  implemented: InitiativeRow[];

  @Field(() => [CommentModel], {
    description: 'Comments by CUSTOMERs in the period, newest first, neither hidden nor deleted (their replies are not listed).',
  })
  customerQuotes: CommentModel[];
}
