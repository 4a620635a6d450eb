import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

import { INITIATIVE_LIMITS } from '@red-chair/domain';

@ArgsType()
export class MarkdownPreviewArgs {
  @Field({ description: `Markdown as typed, at most ${INITIATIVE_LIMITS.bodyMax} characters (the longest field it previews).` })
  @IsString()
  @MaxLength(INITIATIVE_LIMITS.bodyMax, { message: `must be at most ${INITIATIVE_LIMITS.bodyMax} characters` })
  markdown: string;
}
