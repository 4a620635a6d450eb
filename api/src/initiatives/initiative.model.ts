import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { InitiativeStatus, Orientation } from '@red-chair/domain';
import { InitiativeStatusEnum, OrientationEnum } from '../common/enums';
import { PageInfo } from '../common/pagination';

@ObjectType('Initiative')
export class InitiativeModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'Markdown, as the author wrote it.' })
  body: string;

  @Field(() => OrientationEnum)
  orientation: Orientation;

  @Field(() => [String])
  tags: string[];

  @Field(() => InitiativeStatusEnum)
  status: InitiativeStatus;

  @Field(() => Int)
  voteCount: number;

  @Field(() => Int)
  commentCount: number;

  @Field(() => Int)
  followerCount: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType('InitiativeConnection')
export class InitiativeConnection {
  @Field(() => [InitiativeModel])
  nodes: InitiativeModel[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'All initiatives matching the filter that the viewer may see.' })
  totalCount: number;
}

export enum InitiativeSort {
  NEWEST = 'NEWEST',
}
registerEnumType(InitiativeSort, { name: 'InitiativeSort' });
