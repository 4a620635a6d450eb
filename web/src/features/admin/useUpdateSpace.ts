import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';
import type { UpdateSpaceInput } from '../../gql/graphql';

const UpdateSpaceMutation = graphql(`
  mutation UpdateSpace($input: UpdateSpaceInput!) {
    updateSpace(input: $input) {
      id
      ...AdminSpaceSettings_space
      ...AdminSpaceRow_space
    }
  }
`);

export function useUpdateSpace() {
  const [mutate] = useMutation(UpdateSpaceMutation);
  return (input: UpdateSpaceInput) => mutate({ variables: { input } });
}
