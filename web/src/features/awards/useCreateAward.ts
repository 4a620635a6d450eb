import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';

const CreateAwardMutation = graphql(`
  mutation CreateAward($input: CreateAwardInput!) {
    createAward(input: $input) {
      id
      name
      description
    }
  }
`);

/** Defines an award (MANAGER, ADMIN; CONFLICT when the name is taken); it joins the cached catalogue at once. */
export function useCreateAward() {
  return useMutation(CreateAwardMutation, {
    update(cache, { data }) {
      const award = data?.createAward;
      if (!award) return;
      cache.modify({
        id: 'ROOT_QUERY',
        fields: {
          awards(existing: readonly Reference[] = [], { toReference, readField }) {
            const ref = toReference({ __typename: 'Award', id: award.id });
            if (!ref || existing.some((item) => readField('id', item) === award.id)) return existing;
            return [...existing, ref];
          },
        },
      });
    },
  });
}
