import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

import type { SpaceKind } from '@red-chair/domain';

import { SpaceKindEnum } from '../common/enums';

export const INVITATION_LINK_STATES = ['PENDING', 'ACCEPTED', 'REVOKED', 'EXPIRED'] as const;
export type InvitationLinkState = (typeof INVITATION_LINK_STATES)[number];
const InvitationLinkStateEnum = Object.fromEntries(INVITATION_LINK_STATES.map((state) => [state, state])) as {
  [K in InvitationLinkState]: K;
};
registerEnumType(InvitationLinkStateEnum, {
  name: 'InvitationLinkState',
  description: 'PENDING: the link works. ACCEPTED: already used. REVOKED: withdrawn. EXPIRED: older than 14 days.',
});

/**
 * What the holder of a mailed link may read before acting on it: the page shows the space and the
 * address it was sent to, and why it no longer works. Only the link's holder can ask (the token is the key).
 */
@ObjectType('InvitationLink', { description: 'The invitation behind a mailed link /invite/<token>, as its holder sees it.' })
export class InvitationLinkModel {
  @Field({ description: 'The address the invitation was sent to.' })
  email: string;

  @Field()
  spaceName: string;

  @Field()
  spaceSlug: string;

  @Field(() => SpaceKindEnum, { description: 'INTERNAL spaces take employee accounts only: no sign-up from the link.' })
  spaceKind: SpaceKind;

  @Field(() => InvitationLinkStateEnum)
  state: InvitationLinkState;

  @Field()
  expiresAt: Date;
}
