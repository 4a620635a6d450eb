import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';

import { SPACE_ACCESSES, SPACE_KINDS, SPACE_LIMITS, type SpaceAccess, type SpaceKind } from '@red-chair/domain';

import { SpaceAccessEnum, SpaceKindEnum } from '../../common/enums';

const L = SPACE_LIMITS;

@InputType()
export class CreateSpaceInput {
  @Field()
  @IsString()
  @Length(L.nameMin, L.nameMax, { message: `must be ${L.nameMin} to ${L.nameMax} characters` })
  name: string;

  @Field()
  @IsString()
  @Length(L.slugMin, L.slugMax, { message: `must be ${L.slugMin} to ${L.slugMax} characters` })
  @Matches(L.slugPattern, { message: 'may hold lower-case letters, digits and single hyphens only' })
  slug: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(L.descriptionMax, { message: `must be at most ${L.descriptionMax} characters` })
  description: string = '';

  @Field(() => SpaceKindEnum)
  @IsIn(SPACE_KINDS)
  kind: SpaceKind;

  @Field(() => SpaceAccessEnum)
  @IsIn(SPACE_ACCESSES)
  access: SpaceAccess;

  @Field(() => Int, { nullable: true, description: `Default ${L.responseSlaDaysDefault}.` })
  @IsOptional()
  @IsInt()
  @Min(L.responseSlaDaysMin, { message: `must be between ${L.responseSlaDaysMin} and ${L.responseSlaDaysMax}` })
  @Max(L.responseSlaDaysMax, { message: `must be between ${L.responseSlaDaysMin} and ${L.responseSlaDaysMax}` })
  responseSlaDays?: number | null;

  @Field(() => Float, { nullable: true, description: `Default ${L.reviewBelowAverageDefault}.` })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'must be a number with at most two decimals' })
  @Min(L.reviewBelowAverageMin, { message: `must be between ${L.reviewBelowAverageMin} and ${L.reviewBelowAverageMax}` })
  @Max(L.reviewBelowAverageMax, { message: `must be between ${L.reviewBelowAverageMin} and ${L.reviewBelowAverageMax}` })
  reviewBelowAverage?: number | null;

  @Field(() => Int, { nullable: true, description: `Default ${L.reviewMinRatingsDefault}.` })
  @IsOptional()
  @IsInt()
  @Min(L.reviewMinRatingsMin, { message: `must be at least ${L.reviewMinRatingsMin}` })
  @Max(L.reviewMinRatingsMax, { message: `must be at most ${L.reviewMinRatingsMax}` })
  reviewMinRatings?: number | null;
}
