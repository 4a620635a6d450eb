import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { PageInfo } from '../common/pagination';

@ObjectType('Award', { description: 'A distinction managers grant to initiatives.' })
export class AwardModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  description: string;

  createdById: string | null;
}

@ObjectType('AwardGrant', { description: 'An award given to an initiative, with its citation.' })
export class AwardGrantModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Why this initiative earned it.' })
  citation: string;

  @Field()
  grantedAt: Date;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  awardId: string;
  initiativeId: string;
  grantedById: string;
  revokedById: string | null;
  revokeReason: string | null;
}

@ObjectType('AwardGrantConnection')
export class AwardGrantConnection {
  @Field(() => [AwardGrantModel])
  nodes: AwardGrantModel[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}
