import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, Length } from 'class-validator';

import { STATUS_NOTE_MAX } from '@red-chair/domain';

import { Trim } from '../../common/transforms';

@InputType()
export class MergeInput {
  @Field(() => ID, { description: 'The duplicate: it becomes MERGED.' })
  @IsUUID('all', { message: 'is not a valid id' })
  sourceId: string;

  @Field(() => ID, { description: 'The initiative that lives on and receives the votes and followers.' })
  @IsUUID('all', { message: 'is not a valid id' })
  targetId: string;

  @Field({ description: 'Told to the duplicate’s author and followers.' })
  @Trim()
  @IsString()
  @Length(1, STATUS_NOTE_MAX, { message: `tell the author and followers why (1 to ${STATUS_NOTE_MAX} characters)` })
  note: string;
}
