import { useMutation } from '@apollo/client/react';

import type { Locale } from '@red-chair/domain';

import { graphql } from '../../gql';

const UpdateLocaleMutation = graphql(`
  mutation UpdateLocale($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      locale
    }
  }
`);

/**
 * Saves the signed-in person's language, so the messages the API writes for them (notifications)
 * follow the FR/EN switch. The answer updates the cached viewer. A failure is not shown: the switch
 * has already changed the app's language, and the next switch tries again.
 */
export function useUpdateLocale() {
  const [mutate] = useMutation(UpdateLocaleMutation);
  return (locale: Locale) =>
    mutate({ variables: { input: { locale } } }).then(
      () => undefined,
      () => undefined,
    );
}
