import { ArgsType, Field } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsString, MaxLength } from 'class-validator';

import { INVITATION_LIMITS, USER_LIMITS } from '@red-chair/domain';

@ArgsType()
export class InviteToSpaceEmailsArgs {
  @Field(() => [String], { description: `Up to ${INVITATION_LIMITS.emailsPerCall} addresses; the same one twice counts once.` })
  @ArrayMinSize(1, { message: 'give at least one email address' })
  @ArrayMaxSize(INVITATION_LIMITS.emailsPerCall, { message: `give at most ${INVITATION_LIMITS.emailsPerCall} addresses at a time` })
  // Each address's form is checked by the service, which names the wrong ones.
  @IsString({ each: true })
  @MaxLength(USER_LIMITS.emailMax, { each: true, message: `each address must be at most ${USER_LIMITS.emailMax} characters` })
  emails: string[];
}

@ArgsType()
export class AcceptInvitationArgs {
  @Field({ description: 'The token from the mailed link /invite/<token>.' })
  @MaxLength(200)
  token: string;
}
