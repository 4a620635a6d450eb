import { useQuery } from '@apollo/client/react';

import { graphql } from '../../gql';

const MarkdownPreviewQuery = graphql(`
  query MarkdownPreview($markdown: String!) {
    markdownPreview(markdown: $markdown)
  }
`);

/** The draft rendered by the server's own sanitiser (what `bodyHtml` will be); asked only while shown. */
export function useMarkdownPreview(markdown: string, shown: boolean) {
  const text = markdown.trim();
  const result = useQuery(MarkdownPreviewQuery, { variables: { markdown: text }, skip: !shown || !text, fetchPolicy: 'cache-first' });
  return { html: text ? (result.data?.markdownPreview ?? null) : '', loading: result.loading, error: result.error };
}
