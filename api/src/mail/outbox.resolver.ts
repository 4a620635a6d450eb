import { Args, Query, Resolver } from '@nestjs/graphql';

import { Roles } from '../auth/roles.decorator';
import type { Page } from '../common/pagination';
import { OutboxArgs } from './dto/outbox.args';
import { OutboxMessageConnection, OutboxMessageModel } from './outbox-message.model';
import { OutboxRepository, type OutboxRow } from './outbox.repository';

@Resolver(() => OutboxMessageModel)
export class OutboxResolver {
  constructor(private readonly messages: OutboxRepository) {}

  @Roles('ADMIN')
  @Query(() => OutboxMessageConnection, { description: 'ADMIN: mail sent or waiting, newest first.' })
  async outbox(@Args() { first, after }: OutboxArgs): Promise<Page<OutboxMessageModel>> {
    const page = await this.messages.page(first, after);
    return { ...page, nodes: page.nodes.map(({ toAddress, ...row }: OutboxRow) => ({ ...row, to: toAddress })) };
  }
}
