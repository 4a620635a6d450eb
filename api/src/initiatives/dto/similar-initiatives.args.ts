import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

/** Only the start of a long draft is compared: enough to find duplicates, bounded in cost. */
export const SIMILAR_TEXT_MAX = 1000;

@ArgsType()
export class SimilarInitiativesArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a valid id' })
  spaceId: string;

  @Field({ description: 'What the person is typing: a title, or a title and the start of the body.' })
  @IsString()
  @MaxLength(20000)
  text: string;

  @Field(() => Int, { defaultValue: 5 })
  @IsInt()
  @Min(1, { message: 'must be 1 to 20' })
  @Max(20, { message: 'must be 1 to 20' })
  first: number = 5;
}
