import { Field, ID, ObjectType } from '@nestjs/graphql';

import { SpaceModel } from '../spaces/space.model';
import { UserModel } from '../users/user.model';

@ObjectType('Invitation', { description: 'An invitation to join a space, mailed as a single-use link valid 14 days.' })
export class InvitationModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => SpaceModel)
  space?: SpaceModel;

  spaceId: string;

  @Field(() => UserModel)
  invitedBy?: UserModel;

  invitedById: string;

  @Field()
  createdAt: Date;

  @Field()
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  acceptedAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;
}
