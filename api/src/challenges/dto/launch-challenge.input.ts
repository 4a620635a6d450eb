import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsString, IsUUID, Length } from 'class-validator';

import { CHALLENGE_LIMITS as L } from '@red-chair/domain';

import { Trim } from '../../common/transforms';

@InputType()
export class LaunchChallengeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a valid id' })
  spaceId: string;

  @Field()
  @Trim()
  @IsString()
  @Length(L.titleMin, L.titleMax, { message: `must be ${L.titleMin} to ${L.titleMax} characters` })
  title: string;

  @Field({ description: 'Markdown: what the challenge asks for, and why.' })
  @Trim()
  @IsString()
  @Length(L.briefMin, L.briefMax, { message: `must be ${L.briefMin} to ${L.briefMax} characters` })
  brief: string;

  @Field()
  @IsDate({ message: 'must be a date and time' })
  opensAt: Date;

  @Field()
  @IsDate({ message: 'must be a date and time' })
  closesAt: Date;
}
