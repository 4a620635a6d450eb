import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import type { EmailFrequency, Locale, Role } from '@red-chair/domain';

import { EmailFrequencyEnum, RoleEnum } from '../common/enums';
import { PageInfo } from '../common/pagination';

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id: string;

  /** Only the person themself, managers and admins see an email; everyone else gets null. */
  @Field(() => String, { nullable: true })
  email: string | null;

  @Field()
  displayName: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => String)
  locale: Locale;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  deactivatedAt: Date | null;

  /** The person themself and admins only; null for everyone else. */
  @Field(() => EmailFrequencyEnum, { nullable: true })
  emailFrequency: EmailFrequency | null;

  /** IANA zone of the person's digests; the person themself and admins only. */
  @Field(() => String, { nullable: true })
  timeZone: string | null;
}

@ObjectType('UserConnection')
export class UserConnection {
  @Field(() => [UserModel])
  nodes: UserModel[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}
