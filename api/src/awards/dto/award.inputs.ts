import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { Trim } from '../../common/transforms';

@InputType()
export class CreateAwardInput {
  @Field()
  @Trim()
  @IsString()
  @Length(2, 80, { message: 'must be 2 to 80 characters' })
  name: string;

  @Field({ defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(1000, { message: 'must be at most 1000 characters' })
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
  @Length(10, 1000, { message: 'must be 10 to 1000 characters' })
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
  @Length(1, 1000, { message: 'must be 1 to 1000 characters' })
  reason: string;
}
