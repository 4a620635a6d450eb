import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, Length, MaxLength } from 'class-validator';

import { AWARD_LIMITS as L } from '@red-chair/domain';

import { Trim } from '../../common/transforms';

@InputType()
export class CreateAwardInput {
  @Field()
  @Trim()
  @IsString()
  @Length(L.nameMin, L.nameMax, { message: `must be ${L.nameMin} to ${L.nameMax} characters` })
  name: string;

  @Field({ defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(L.descriptionMax, { message: `must be at most ${L.descriptionMax} characters` })
  description: string = '';
}

@InputType()
export class GrantAwardInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a valid id' })
  awardId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'is not a valid id' })
  initiativeId: string;

  @Field({ description: 'Why this initiative earns it: 10 to 1000 characters, shown in the hall of fame.' })
  @Trim()
  @IsString()
  @Length(L.citationMin, L.citationMax, { message: `must be ${L.citationMin} to ${L.citationMax} characters` })
  citation: string;
}

@ArgsType()
export class RevokeAwardGrantArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a valid id' })
  id: string;

  @Field({ description: 'Kept in the history.' })
  @Trim()
  @IsString()
  @Length(1, L.revokeReasonMax, { message: `must be 1 to ${L.revokeReasonMax} characters` })
  reason: string;
}
