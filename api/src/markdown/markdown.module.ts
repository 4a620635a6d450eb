import { Module } from '@nestjs/common';

import { MarkdownResolver } from './markdown.resolver';

/** The Markdown preview: the rendering and sanitising of `bodyHtml`, offered before anything is saved. */
@Module({ providers: [MarkdownResolver] })
export class MarkdownModule {}
