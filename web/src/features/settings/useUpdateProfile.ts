import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';

const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      displayName
      locale
    }
  }
`);

/** Saves the display name; the answer updates the cached viewer (the header follows). */
export function useUpdateProfile() {
  const [mutate] = useMutation(UpdateProfileMutation);
  return (input: { displayName: string }) => mutate({ variables: { input } });
}
