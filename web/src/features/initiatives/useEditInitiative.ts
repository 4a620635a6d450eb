import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';

const EditInitiativeMutation = graphql(`
  mutation EditInitiative($input: EditInitiativeInput!) {
    editInitiative(input: $input) {
      id
      body
      ...InitiativeCard_initiative
      ...InitiativeView_initiative
    }
  }
`);

/** The author's edit, while SUBMITTED: the page and any feed card show the new text at once. */
export function useEditInitiative() {
  return useMutation(EditInitiativeMutation);
}
