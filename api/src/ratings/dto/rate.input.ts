import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

import { Trim } from '../../common/transforms';

@InputType()
export class RateInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a valid id' })
  initiativeId: string;

  @Field(() => Int, { description: '1 to 5.' })
  @IsInt({ message: 'must be a whole number of stars' })
  @Min(1, { message: 'must be 1 to 5 stars' })
  @Max(5, { message: 'must be 1 to 5 stars' })
  stars: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000, { message: 'must be at most 1000 characters' })
  comment?: string | null;
}
