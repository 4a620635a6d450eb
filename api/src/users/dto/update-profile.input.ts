import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';

import { LOCALES, USER_LIMITS, type Locale } from '@red-chair/domain';

import { Trim } from '../../common/transforms';

/** What a person changes about themself; only the fields given change. */
@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(USER_LIMITS.displayNameMin, USER_LIMITS.displayNameMax, {
    message: `must be ${USER_LIMITS.displayNameMin} to ${USER_LIMITS.displayNameMax} characters`,
  })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'en or fr: the language of notifications and of the app.' })
  @IsOptional()
  @IsIn(LOCALES, { message: `must be one of ${LOCALES.join(', ')}` })
  locale?: Locale | null;
}
