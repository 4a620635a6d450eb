import { ArgsType, Field, Int } from '@nestjs/graphql';
import { PAGINATION } from '@red-chair/domain';
import { IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

@ArgsType()
export class OutboxArgs {
  @Field(() => Int, { defaultValue: 50 })
  @Min(0, { message: 'must be 0 or more' })
  @Max(PAGINATION.maxFirst, { message: `must be at most ${PAGINATION.maxFirst}` })
  first: number = 50;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}
