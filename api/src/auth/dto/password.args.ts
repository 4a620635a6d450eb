import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, Length, MaxLength } from 'class-validator';

import { USER_LIMITS } from '@red-chair/domain';

const passwordLength = Length(USER_LIMITS.passwordMin, USER_LIMITS.passwordMax, {
  message: `must be ${USER_LIMITS.passwordMin} to ${USER_LIMITS.passwordMax} characters`,
});

/** Loose on purpose: the answer is the same for any email, valid or not. */
@ArgsType()
export class RequestPasswordResetArgs {
  @Field()
  @IsString()
  @MaxLength(USER_LIMITS.emailMax)
  email: string;
}

@ArgsType()
export class ResetPasswordArgs {
  @Field({ description: 'The token of the mailed link /reset-password/<token>.' })
  @IsString()
  @MaxLength(200)
  token: string;

  @Field()
  @IsString()
  @passwordLength
  password: string;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field()
  @IsString()
  @MaxLength(USER_LIMITS.passwordMax)
  currentPassword: string;

  @Field()
  @IsString()
  @passwordLength
  newPassword: string;
}
