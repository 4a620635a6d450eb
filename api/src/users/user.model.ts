import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import type { Locale, Role } from '@red-chair/domain';

import { RoleEnum } from '../common/enums';
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
