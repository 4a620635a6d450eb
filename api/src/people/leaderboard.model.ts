import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

@ObjectType('LeaderboardEntry', { description: 'One person’s recognition in a space and period.' })
export class LeaderboardEntry {
  @Field(() => Int, { description: 'Their initiatives that reached IMPLEMENTED in the period.' })
  implementedCount: number;

  @Field(() => Int, { description: 'Awards their initiatives received in the period (not revoked).' })
  awardCount: number;

  @Field(() => Int, { description: 'Votes their initiatives received in the period.' })
  votesReceived: number;

  userId: string;
}

@ArgsType()
export class LeaderboardArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'is not a valid id' })
  spaceId?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  to?: Date | null;

  @Field(() => Int, { defaultValue: 10 })
  @IsInt()
  @Min(1, { message: 'must be 1 to 100' })
  @Max(100, { message: 'must be 1 to 100' })
  first: number = 10;
}
