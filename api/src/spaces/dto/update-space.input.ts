import { Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';

import { CreateSpaceInput } from './create-space.input';

/** The settings an admin may change after creation; the slug stays, since links carry it. */
export const UPDATABLE_SPACE_SETTINGS = [
  'name',
  'description',
  'access',
  'responseSlaDays',
  'reviewBelowAverage',
  'reviewMinRatings',
] as const;
export type UpdatableSpaceSetting = (typeof UPDATABLE_SPACE_SETTINGS)[number];

/**
 * createSpace's fields and checks, each optional: only those given change. `kind` is accepted only to
 * refuse a change of it with a clear message.
 */
@InputType()
export class UpdateSpaceInput extends PartialType(OmitType(CreateSpaceInput, ['slug'] as const), InputType) {
  @Field(() => ID)
  id: string;
}
