import { Field, InputType } from '@nestjs/graphql';
import { ROLES, USER_LIMITS, type Role } from '@red-chair/domain';
import { IsEmail, IsIn, IsString, Length, MaxLength } from 'class-validator';
import { RoleEnum } from '../../common/enums';

@InputType()
export class CreateUserInput {
  @Field()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(USER_LIMITS.emailMax)
  email: string;

  @Field()
  @IsString()
  @Length(USER_LIMITS.passwordMin, USER_LIMITS.passwordMax, {
    message: `must be ${USER_LIMITS.passwordMin} to ${USER_LIMITS.passwordMax} characters`,
  })
  password: string;

  @Field()
  @IsString()
  @Length(USER_LIMITS.displayNameMin, USER_LIMITS.displayNameMax, {
    message: `must be ${USER_LIMITS.displayNameMin} to ${USER_LIMITS.displayNameMax} characters`,
  })
  displayName: string;

  @Field(() => RoleEnum)
  @IsIn(ROLES)
  role: Role;
}
