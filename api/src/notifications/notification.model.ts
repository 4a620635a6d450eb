import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { PageInfo } from '../common/pagination';
import { NOTIFICATION_KINDS, type NotificationKind } from './notification.entity';

export const NotificationKindEnum = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, k])) as { [K in NotificationKind]: K };
registerEnumType(NotificationKindEnum, { name: 'NotificationKind' });

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKindEnum)
  kind: NotificationKind;

  @Field({ description: "What happened, in the reader's language; carries the follow-up note of a status change." })
  message: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  initiativeId: string | null;
  challengeId: string | null;
  actorId: string | null;
}

@ObjectType('NotificationConnection')
export class NotificationConnection {
  @Field(() => [NotificationModel])
  nodes: NotificationModel[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}
