import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import type { SpaceAccess, SpaceKind } from '@red-chair/domain';

import { SpaceAccessEnum, SpaceKindEnum } from '../common/enums';

@ObjectType('Space')
export class SpaceModel {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => SpaceKindEnum)
  kind: SpaceKind;

  @Field(() => SpaceAccessEnum)
  access: SpaceAccess;

  @Field(() => Int, { description: 'Days within which a SUBMITTED initiative should get its first answer.' })
  responseSlaDays: number;

  @Field(() => Float, { description: 'Co-design ratings averaging below this (with enough ratings) flag a review.' })
  reviewBelowAverage: number;

  @Field(() => Int)
  reviewMinRatings: number;

  @Field()
  createdAt: Date;
}
