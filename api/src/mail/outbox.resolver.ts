import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { requireAdmin, type Viewer } from '../auth/viewer';
import type { Page } from '../common/pagination';
import { OutboxArgs } from './dto/outbox.args';
import { OutboxMessageConnection, OutboxMessageModel } from './outbox-message.model';
import { OutboxRepository, type OutboxRow } from './outbox.repository';

@Resolver(() => OutboxMessageModel)
export class OutboxResolver {
  constructor(private readonly messages: OutboxRepository) {}

  @Query(() => OutboxMessageConnection, { description: 'ADMIN: mail sent or waiting, newest first.' })
  async outbox(@CurrentViewer() viewer: Viewer, @Args() { first, after }: OutboxArgs): Promise<Page<OutboxMessageModel>> {
    requireAdmin(viewer);
    const page = await this.messages.page(first, after);
    return { ...page, nodes: page.nodes.map(({ toAddress, ...row }: OutboxRow) => ({ ...row, to: toAddress })) };
  }
}
