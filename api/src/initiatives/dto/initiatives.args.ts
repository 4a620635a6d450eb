import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';

import { INITIATIVE_STATUSES, ORIENTATIONS, type InitiativeStatus, type Orientation } from '@red-chair/domain';

import { InitiativeStatusEnum, OrientationEnum } from '../../common/enums';
import { PageArgs } from '../../common/pagination';
import { Trim } from '../../common/transforms';
import { InitiativeSort } from '../initiative.model';

@InputType()
export class InitiativeFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'is not a valid id' })
  spaceId?: string | null;

  @Field(() => [InitiativeStatusEnum], { nullable: true, description: 'Any of these statuses.' })
  @IsOptional()
  @ArrayMaxSize(INITIATIVE_STATUSES.length)
  @IsIn(INITIATIVE_STATUSES, { each: true })
  status?: InitiativeStatus[] | null;

  @Field(() => OrientationEnum, { nullable: true })
  @IsOptional()
  @IsIn(ORIENTATIONS)
  orientation?: Orientation | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  tag?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'is not a valid id' })
  authorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Full text over title and body, French and English, accent-insensitive.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  search?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'is not a valid id' })
  challengeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: flagged by the co-design review rule.' })
  @IsOptional()
  @IsBoolean()
  needsReview?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "true: still SUBMITTED past the space's response deadline." })
  @IsOptional()
  @IsBoolean()
  awaitingResponse?: boolean | null;
}

@ArgsType()
export class InitiativesArgs extends PageArgs {
  @Field(() => InitiativeFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => InitiativeFilter)
  filter?: InitiativeFilter | null;

  @Field(() => InitiativeSort, { defaultValue: InitiativeSort.NEWEST })
  @IsOptional()
  @IsIn(Object.values(InitiativeSort))
  sort: InitiativeSort = InitiativeSort.NEWEST;
}
