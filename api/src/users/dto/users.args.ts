import { ArgsType, Field } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

import { ROLES, type Role } from '@red-chair/domain';

import { RoleEnum } from '../../common/enums';
import { PageArgs } from '../../common/pagination';

@ArgsType()
export class UsersArgs extends PageArgs {
  /** Matches the start of words in the name or the email, case-insensitively. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;

  /** Only the people with this role (the admin console's filter). */
  @Field(() => RoleEnum, { nullable: true })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role | null;
}
