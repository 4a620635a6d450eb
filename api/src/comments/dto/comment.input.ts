import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';

import { COMMENT_BODY_MAX } from '@red-chair/domain';

import { Trim } from '../../common/transforms';

@InputType()
export class CommentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a valid id' })
  initiativeId: string;

  @Field({ description: `Markdown, at most ${COMMENT_BODY_MAX} characters.` })
  @Trim()
  @IsString()
  @Length(1, COMMENT_BODY_MAX, { message: `must be 1 to ${COMMENT_BODY_MAX} characters` })
  body: string;

  @Field(() => ID, { nullable: true, description: 'Reply to this top-level comment.' })
  @IsOptional()
  @IsUUID('all', { message: 'is not a valid id' })
  parentId?: string | null;
}

@ArgsType()
export class EditCommentArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a valid id' })
  id: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, COMMENT_BODY_MAX, { message: `must be 1 to ${COMMENT_BODY_MAX} characters` })
  body: string;
}
