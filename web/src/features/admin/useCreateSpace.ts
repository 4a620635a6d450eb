import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';
import type { CreateSpaceInput } from '../../gql/graphql';

const CreateSpaceMutation = graphql(`
  mutation CreateSpace($input: CreateSpaceInput!) {
    createSpace(input: $input) {
      id
      slug
      ...AdminSpaceRow_space
    }
  }
`);

/** Creates a space; every list of spaces is refetched (the home page's too). */
export function useCreateSpace() {
  const [mutate] = useMutation(CreateSpaceMutation, { refetchQueries: ['AdminSpaces', 'Spaces'] });
  return async (input: CreateSpaceInput) => (await mutate({ variables: { input } })).data?.createSpace;
}
