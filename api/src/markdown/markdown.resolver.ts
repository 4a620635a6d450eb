import { Args, Query, Resolver } from '@nestjs/graphql';

import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../common/viewer';
import { MarkdownPreviewArgs } from './dto/markdown-preview.args';
import { renderMarkdown } from './markdown';

@Resolver()
export class MarkdownResolver {
  /**
   * What a description or a comment will look like, rendered by the sanitiser that renders `bodyHtml`,
   * so the preview and the result agree. Signed-in people only; nothing is stored, no SQL runs.
   */
  @Query(() => String, { description: 'Markdown rendered and sanitised exactly as bodyHtml will be; nothing is stored.' })
  markdownPreview(@CurrentViewer() _viewer: Viewer, @Args() { markdown }: MarkdownPreviewArgs): string {
    return renderMarkdown(markdown.trim());
  }
}
