import { Field, ID, InputType } from '@nestjs/graphql';
import { INITIATIVE_LIMITS as L, ORIENTATIONS, type Orientation } from '@red-chair/domain';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { OrientationEnum } from '../../common/enums';
import { Trim, TrimEach } from '../../common/transforms';

@InputType()
export class ProposeInitiativeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a valid id' })
  spaceId: string;

  @Field()
  @Trim()
  @IsString()
  @Length(L.titleMin, L.titleMax, { message: `must be ${L.titleMin} to ${L.titleMax} characters` })
  title: string;

  @Field({ description: 'Markdown.' })
  @Trim()
  @IsString()
  @Length(L.bodyMin, L.bodyMax, { message: `must be ${L.bodyMin} to ${L.bodyMax} characters` })
  body: string;

  @Field(() => OrientationEnum)
  @IsIn(ORIENTATIONS)
  orientation: Orientation;

  @Field(() => [String], { defaultValue: [] })
  @TrimEach()
  @IsArray()
  @ArrayMaxSize(L.tagsMax, { message: `at most ${L.tagsMax} tags` })
  @IsString({ each: true })
  @Length(L.tagMin, L.tagMax, { each: true, message: `each tag must be ${L.tagMin} to ${L.tagMax} characters` })
  @Matches(L.tagPattern, { each: true, message: 'tags hold letters, digits and inner hyphens only' })
  tags: string[] = [];

  @Field(() => ID, { nullable: true, description: 'A challenge of the same space, while it is OPEN.' })
  @IsOptional()
  @IsUUID('all', { message: 'is not a valid id' })
  challengeId?: string | null;
}
