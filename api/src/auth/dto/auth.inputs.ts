import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, Length, MaxLength } from 'class-validator';

import { USER_LIMITS } from '@red-chair/domain';

import { UserModel } from '../../users/user.model';

/** What every new account gives: sign-up and an admin's createUser share these fields and checks. */
@InputType({ isAbstract: true })
export class NewAccountInput {
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
}

@InputType()
export class SignUpInput extends NewAccountInput {
  @Field(() => String, { nullable: true, description: 'From an invitation link /invite/<token>: the new person joins its space at once.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  invitationToken?: string | null;
}

/** Deliberately loose: a sign-in never explains which part was wrong. */
@InputType()
export class SignInInput {
  @Field()
  @IsString()
  @MaxLength(USER_LIMITS.emailMax)
  email: string;

  @Field()
  @IsString()
  @MaxLength(USER_LIMITS.passwordMax)
  password: string;
}

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field({ description: 'Opaque session token, also set as an httpOnly cookie.' })
  token: string;

  @Field(() => UserModel)
  user: UserModel;
}
