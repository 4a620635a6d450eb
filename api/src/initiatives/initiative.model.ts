import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import type { InitiativeStatus, Orientation } from '@red-chair/domain';

import { InitiativeStatusEnum, OrientationEnum } from '../common/enums';
import { PageInfo } from '../common/pagination';
import { SpaceModel } from '../spaces/space.model';
import { UserModel } from '../users/user.model';

@ObjectType('Initiative')
export class InitiativeModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => OrientationEnum)
  orientation: Orientation;

  @Field(() => [String])
  tags: string[];

  @Field(() => InitiativeStatusEnum)
  status: InitiativeStatus;

  @Field(() => Int)
  voteCount: number;

  @Field(() => Int)
  commentCount: number;

  @Field(() => Int)
  followerCount: number;

  @Field(() => Int)
  ratingCount: number;

  @Field({ description: 'Rated low by enough people: the co-design review rule of its space.' })
  needsReview: boolean;

  @Field({ description: 'Last proposal, edit, answer or comment.' })
  lastActivityAt: Date;

  // Read straight from the row, which computes them in the statement that loads it (see
  // InitiativesRepository): plain fields, so no resolver runs per card.
  @Field(() => SpaceModel)
  space: SpaceModel;

  @Field(() => UserModel)
  author: UserModel;

  @Field({ description: "Still SUBMITTED after the space's response deadline (isAwaitingResponse, in SQL)." })
  awaitingResponse: boolean;

  @Field({ description: "When a first answer is due: proposal time plus the space's responseSlaDays." })
  responseDueAt: Date;

  @Field(() => Date, { nullable: true, description: 'When a manager first answered it.' })
  firstResponseAt: Date | null;

  @Field()
  viewerHasVoted: boolean;

  @Field()
  viewerIsFollowing: boolean;

  @Field(() => Int, { nullable: true, description: "The viewer's own stars, if they rated it." })
  viewerRating: number | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType('InitiativeConnection')
export class InitiativeConnection {
  @Field(() => [InitiativeModel])
  nodes: InitiativeModel[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'All initiatives matching the filter that the viewer may see; at most 10,000 (see totalCountExact).' })
  totalCount: number;

  @Field({
    description:
      'false when there are more than totalCount (10,000+): filters other than space, status and orientation stop counting there.',
  })
  totalCountExact: boolean;
}

export enum InitiativeSort {
  NEWEST = 'NEWEST',
  MOST_VOTED = 'MOST_VOTED',
  TRENDING = 'TRENDING',
  RECENT_ACTIVITY = 'RECENT_ACTIVITY',
  RELEVANCE = 'RELEVANCE',
  OLDEST = 'OLDEST',
}
registerEnumType(InitiativeSort, {
  name: 'InitiativeSort',
  valuesMap: {
    NEWEST: { description: 'Newest first; with filter.search, the best matches first (as RELEVANCE).' },
    MOST_VOTED: { description: 'Most votes first, then newest.' },
    TRENDING: { description: 'Recent votes weigh more: a vote from three days ago counts 1/e of one cast now.' },
    RECENT_ACTIVITY: { description: 'Latest proposal, edit, answer or comment first.' },
    OLDEST: { description: 'Oldest first: the awaiting-response queue, with filter.awaitingResponse.' },
    RELEVANCE: { description: 'With filter.search: best matches first, then newest. Without a search: NEWEST.' },
  },
});
