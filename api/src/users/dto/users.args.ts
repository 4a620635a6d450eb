import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';

import { PageArgs } from '../../common/pagination';

@ArgsType()
export class UsersArgs extends PageArgs {
  /** Matches the start of words in the name or the email, case-insensitively. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;
}
