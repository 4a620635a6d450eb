import { Field, ID, InputType } from '@nestjs/graphql';
import { INITIATIVE_LIMITS as L, ORIENTATIONS, type Orientation } from '@red-chair/domain';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { OrientationEnum } from '../../common/enums';
import { Trim, TrimEach } from '../../common/transforms';

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
  @TrimEach()
  @IsArray()
  @ArrayMaxSize(L.tagsMax, { message: `at most ${L.tagsMax} tags` })
  @IsString({ each: true })
  @Length(L.tagMin, L.tagMax, { each: true, message: `each tag must be ${L.tagMin} to ${L.tagMax} characters` })
  @Matches(L.tagPattern, { each: true, message: 'tags hold letters, digits and inner hyphens only' })
  tags?: string[] | null;
}
