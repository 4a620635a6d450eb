import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ChallengeState {
  UPCOMING = 'UPCOMING',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(ChallengeState, { name: 'ChallengeState' });

/** Derived from the dates, never stored: it cannot drift from them. */
export function challengeState(opensAt: Date, closesAt: Date, now: Date = new Date()): ChallengeState {
  if (now < opensAt) return ChallengeState.UPCOMING;
  return now < closesAt ? ChallengeState.OPEN : ChallengeState.CLOSED;
}

@ObjectType('Challenge', { description: 'A campaign inviting initiatives in one space between two dates.' })
export class ChallengeModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'Markdown.' })
  brief: string;

  @Field()
  opensAt: Date;

  @Field()
  closesAt: Date;

  spaceId: string;
}
