import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Length, Validate, ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';

import { EMAIL_FREQUENCIES, isTimeZone, LOCALES, USER_LIMITS, type EmailFrequency, type Locale } from '@red-chair/domain';

import { EmailFrequencyEnum } from '../../common/enums';
import { Trim } from '../../common/transforms';

@ValidatorConstraint({ name: 'timeZone' })
class IanaTimeZone implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isTimeZone(value);
  }

  defaultMessage(): string {
    return 'is not a known time zone: use an IANA name such as Europe/Paris';
  }
}

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

  @Field(() => EmailFrequencyEnum, { nullable: true, description: 'How often notifications are mailed.' })
  @IsOptional()
  @IsIn(EMAIL_FREQUENCIES, { message: `must be one of ${EMAIL_FREQUENCIES.join(', ')}` })
  emailFrequency?: EmailFrequency | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone of the morning digests, e.g. Europe/Paris.' })
  @IsOptional()
  @IsString()
  @Validate(IanaTimeZone)
  timeZone?: string | null;
}
