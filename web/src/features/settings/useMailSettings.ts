import { useMutation, useQuery } from '@apollo/client/react';

import { graphql } from '../../gql';
import type { EmailFrequency } from '../../gql/graphql';

const MailSettingsQuery = graphql(`
  query MailSettings {
    me {
      id
      emailFrequency
      timeZone
    }
  }
`);

const UpdateMailSettingsMutation = graphql(`
  mutation UpdateMailSettings($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      emailFrequency
      timeZone
    }
  }
`);

/** How often the signed-in person is mailed, and the time zone of their digests. */
export function useMailSettings() {
  return useQuery(MailSettingsQuery);
}

/** Saves both together; the answer updates the cached person. */
export function useUpdateMailSettings() {
  const [mutate] = useMutation(UpdateMailSettingsMutation);
  return (input: { emailFrequency: EmailFrequency; timeZone: string }) => mutate({ variables: { input } });
}
