import { Args, Float, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../common/viewer';
import { InitiativeModel } from '../initiatives/initiative.model';
import type { InitiativeRow } from '../initiatives/initiatives.repository';
import { RateInput } from './dto/rate.input';
import { RatingsService } from './ratings.service';

@Resolver(() => InitiativeModel)
export class RatingsResolver {
  constructor(private readonly service: RatingsService) {}

  @Mutation(() => InitiativeModel, {
    description: 'Co-design rating (community spaces, IN_PROGRESS or IMPLEMENTED); rating again replaces it.',
  })
  rateInitiative(@CurrentViewer() viewer: Viewer, @Args('input') input: RateInput): Promise<InitiativeRow> {
    return this.service.rate(viewer, input);
  }

  @ResolveField(() => Float, { nullable: true, description: 'Average stars, null before the first rating.' })
  ratingAverage(@Parent() initiative: InitiativeRow): number | null {
    return initiative.ratingCount ? initiative.ratingSum / initiative.ratingCount : null;
  }
}
