import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

import type { InitiativeStatus, Role } from '@red-chair/domain';

import { InitiativeStatusEnum, RoleEnum } from '../common/enums';
import { InitiativeModel } from '../initiatives/initiative.model';
import type { InitiativeRow } from '../initiatives/initiatives.repository';

@ObjectType('StatusCount')
export class StatusCount {
  @Field(() => InitiativeStatusEnum)
  status: InitiativeStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType('RoleCount')
export class RoleCount {
  @Field(() => RoleEnum)
  role: Role;

  @Field(() => Int)
  count: number;
}

@ObjectType('Insights', {
  description: 'Indicators over the initiatives proposed in the window (from inclusive, to exclusive; both optional), in one space or all.',
})
export class InsightsModel {
  @Field(() => [StatusCount], { description: 'Every status, zeros included.' })
  initiativesByStatus: StatusCount[];

  @Field(() => Float, { nullable: true, description: 'Median hours from proposal to the first answer, over answered initiatives.' })
  medianHoursToFirstResponse: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Share (0–1) answered within the space deadline, among initiatives answered or past their deadline.',
  })
  answeredWithinSlaRatio: number | null;

  @Field(() => Int, { description: 'Still SUBMITTED past the deadline.' })
  awaitingResponseCount: number;

  @Field(() => [RoleCount], { description: 'People who proposed, voted or commented in the window, by role.' })
  contributorsByRole: RoleCount[];

  @Field(() => [InitiativeModel], { description: 'The five most voted.' })
  topInitiatives: InitiativeRow[];

  @Field(() => Int, { description: 'Awards granted in the window and not revoked.' })
  awardsGranted: number;
}
