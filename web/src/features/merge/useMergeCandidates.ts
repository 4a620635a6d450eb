import { useQuery } from '@apollo/client/react';

import { INITIATIVE_STATUSES, PAGINATION } from '@red-chair/domain';

import { graphql } from '../../gql';
import { useDebouncedValue } from '../similar/useDebouncedValue';

const MergeSuggestionsQuery = graphql(`
  query MergeSuggestions($spaceId: ID!, $text: String!) {
    similarInitiatives(spaceId: $spaceId, text: $text, first: 6) {
      id
      ...MergeCandidate_initiative
    }
  }
`);

const MergeSearchQuery = graphql(`
  query MergeSearch($filter: InitiativeFilter!, $first: Int!) {
    initiatives(filter: $filter, sort: RELEVANCE, first: $first) {
      nodes {
        id
        ...MergeCandidate_initiative
      }
    }
  }
`);

const SEARCH_MIN = 2;
/** A merged initiative cannot take another in (the API refuses it): it is left out of the search. */
const MERGEABLE_INTO = INITIATIVE_STATUSES.filter((status) => status !== 'MERGED');

/**
 * What a duplicate may be merged into: the ideas of its space that look like it, until the manager
 * searches (full text, best match first, once typing pauses). Never the duplicate itself, nor a merged one.
 */
export function useMergeCandidates(source: { id: string; spaceId: string; text: string }, query: string) {
  const search = useDebouncedValue(query.trim(), 300);
  const searching = search.length >= SEARCH_MIN;
  const suggestions = useQuery(MergeSuggestionsQuery, {
    variables: { spaceId: source.spaceId, text: source.text },
    skip: searching,
  });
  const found = useQuery(MergeSearchQuery, {
    variables: { filter: { spaceId: source.spaceId, search, status: MERGEABLE_INTO }, first: PAGINATION.defaultFirst },
    skip: !searching,
  });
  const active = searching ? found : suggestions;
  const nodes = searching ? (found.data?.initiatives.nodes ?? []) : (suggestions.data?.similarInitiatives ?? []);
  return {
    searching,
    nodes: nodes.filter((node) => node.id !== source.id),
    loading: active.loading,
    error: active.error,
  };
}
