import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsString, IsUUID, Length } from 'class-validator';
import { Trim } from '../../common/transforms';

@InputType()
export class LaunchChallengeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a valid id' })
  spaceId: string;

  @Field()
  @Trim()
  @IsString()
  @Length(5, 140, { message: 'must be 5 to 140 characters' })
  title: string;

  @Field({ description: 'Markdown: what the challenge asks for, and why.' })
  @Trim()
  @IsString()
  @Length(1, 5000, { message: 'must be 1 to 5000 characters' })
  brief: string;

  @Field()
  @IsDate({ message: 'must be a date and time' })
  opensAt: Date;

  @Field()
  @IsDate({ message: 'must be a date and time' })
  closesAt: Date;
}
