import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { MailKind, OutboxState } from '@red-chair/domain';
import { MailKindEnum, OutboxStateEnum } from '../common/enums';
import { PageInfo } from '../common/pagination';

@ObjectType('OutboxMessage', { description: 'A mail the platform sent or will send (ADMIN). The body is not exposed: its links may carry tokens.' })
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
