import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';

import { INITIATIVE_LIMITS as L, ORIENTATIONS, type Orientation } from '@red-chair/domain';

import { OrientationEnum } from '../../common/enums';
import { Trim } from '../../common/transforms';
import { ValidTags } from './tags.decorator';

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
  @ValidTags()
  tags: string[] = [];

  @Field(() => ID, { nullable: true, description: 'A challenge of the same space, while it is OPEN.' })
  @IsOptional()
  @IsUUID('all', { message: 'is not a valid id' })
  challengeId?: string | null;
}
