import { useQuery } from '@apollo/client/react';

import { graphql } from '../../gql';
import { useDebouncedValue } from './useDebouncedValue';

const SimilarInitiativesQuery = graphql(`
  query SimilarInitiatives($spaceId: ID!, $text: String!, $first: Int!) {
    similarInitiatives(spaceId: $spaceId, text: $text, first: $first) {
      id
      ...SimilarIdea_initiative
    }
  }
`);

/** Below this many letters a title says too little to compare. */
export const SIMILAR_MIN_LENGTH = 3;
export const SIMILAR_DEBOUNCE_MS = 300;
/** The start of the body is enough to tell ideas apart; more only makes the request heavier. */
const BODY_START = 300;

/** The text compared: the title, and the start of the body when there is one. */
export const similarText = (title: string, body: string): string =>
  [title.trim(), body.trim().slice(0, BODY_START)].filter(Boolean).join('\n');

/**
 * Ideas of the space like the draft, asked once typing pauses (300 ms) and only from three letters of
 * title: never a request per keystroke. The last answer stays while the next one is on its way.
 */
export function useSimilarInitiatives(spaceId: string | null, title: string, body: string, first = 5) {
  const text = useDebouncedValue(title.trim().length >= SIMILAR_MIN_LENGTH ? similarText(title, body) : '', SIMILAR_DEBOUNCE_MS);
  const result = useQuery(SimilarInitiativesQuery, {
    variables: { spaceId: spaceId ?? '', text, first },
    skip: !spaceId || !text,
    fetchPolicy: 'cache-first',
  });
  const nodes = text ? ((result.data ?? result.previousData)?.similarInitiatives ?? []) : [];
  return { nodes, text, loading: result.loading };
}
