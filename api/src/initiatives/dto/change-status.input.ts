import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';

import { INITIATIVE_STATUSES, STATUS_NOTE_MAX, type InitiativeStatus } from '@red-chair/domain';

import { InitiativeStatusEnum } from '../../common/enums';
import { Trim } from '../../common/transforms';

@InputType()
export class ChangeStatusInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a valid id' })
  initiativeId: string;

  @Field(() => InitiativeStatusEnum)
  @IsIn(INITIATIVE_STATUSES)
  status: InitiativeStatus;

  @Field(() => String, { nullable: true, description: 'The public follow-up told to the author and followers; required to decline.' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(0, STATUS_NOTE_MAX, { message: `must be at most ${STATUS_NOTE_MAX} characters` })
  note?: string | null;
}
