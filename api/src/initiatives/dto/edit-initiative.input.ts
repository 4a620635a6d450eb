import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';

import { INITIATIVE_LIMITS as L, ORIENTATIONS, type Orientation } from '@red-chair/domain';

import { OrientationEnum } from '../../common/enums';
import { Trim } from '../../common/transforms';
import { ValidTags } from './tags.decorator';

/** Only the fields given change; the author edits while nobody has answered yet (SUBMITTED). */
@InputType()
export class EditInitiativeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a valid id' })
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(L.titleMin, L.titleMax, { message: `must be ${L.titleMin} to ${L.titleMax} characters` })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(L.bodyMin, L.bodyMax, { message: `must be ${L.bodyMin} to ${L.bodyMax} characters` })
  body?: string | null;

  @Field(() => OrientationEnum, { nullable: true })
  @IsOptional()
  @IsIn(ORIENTATIONS)
  orientation?: Orientation | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ValidTags()
  tags?: string[] | null;
}
