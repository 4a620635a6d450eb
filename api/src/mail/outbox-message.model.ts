import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import type { MailKind, OutboxState } from '@red-chair/domain';

import { MailKindEnum, OutboxStateEnum } from '../common/enums';
import { PageInfo } from '../common/pagination';

@ObjectType('OutboxMessage', { description: 'A mail the platform sent or will send (ADMIN).' })
export class OutboxMessageModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The address it goes to.' })
  to: string;

  @Field()
  subject: string;

  @Field(() => MailKindEnum)
  kind: MailKind;

  @Field(() => OutboxStateEnum)
  state: OutboxState;

  @Field(() => Int, { description: 'Deliveries tried so far.' })
  attempts: number;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  sentAt: Date | null;

  @Field(() => String, { nullable: true, description: "The SMTP server's last refusal or the connection error." })
  lastError: string | null;

  @Field({ description: 'The plain-text part, as the reader gets it (its links act for the reader: keep it to admins).' })
  text: string;

  @Field({ description: 'The HTML part.' })
  html: string;
}

@ObjectType('OutboxMessageConnection')
export class OutboxMessageConnection {
  @Field(() => [OutboxMessageModel])
  nodes: OutboxMessageModel[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}
