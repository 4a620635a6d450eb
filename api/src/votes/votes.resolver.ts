import { Mutation, Resolver } from '@nestjs/graphql';

import { CurrentViewer } from '../auth/current-viewer.decorator';
import { IdArg } from '../common/ids';
import type { Viewer } from '../common/viewer';
import { InitiativeModel } from '../initiatives/initiative.model';
import type { InitiativeRow } from '../initiatives/initiatives.repository';
import { VotesService } from './votes.service';

@Resolver(() => InitiativeModel)
export class VotesResolver {
  constructor(private readonly votes: VotesService) {}

  @Mutation(() => InitiativeModel, { description: 'One vote per person; voting twice is a no-op. Refused on DECLINED and MERGED.' })
  voteInitiative(@CurrentViewer() viewer: Viewer, @IdArg('initiativeId', 'This initiative') initiativeId: string): Promise<InitiativeRow> {
    return this.votes.vote(viewer, initiativeId);
  }

  @Mutation(() => InitiativeModel)
  unvoteInitiative(
    @CurrentViewer() viewer: Viewer,
    @IdArg('initiativeId', 'This initiative') initiativeId: string,
  ): Promise<InitiativeRow> {
    return this.votes.unvote(viewer, initiativeId);
  }
}
