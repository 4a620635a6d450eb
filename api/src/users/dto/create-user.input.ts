import { Field, InputType } from '@nestjs/graphql';
import { IsIn } from 'class-validator';

import { ROLES, type Role } from '@red-chair/domain';

import { NewAccountInput } from '../../auth/dto/auth.inputs';
import { RoleEnum } from '../../common/enums';

/** What sign-up asks for, plus the role only an admin may choose. */
@InputType()
export class CreateUserInput extends NewAccountInput {
  @Field(() => RoleEnum)
  @IsIn(ROLES)
  role: Role;
}
