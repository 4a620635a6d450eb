import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';

const ImportUsersMutation = graphql(`
  mutation ImportUsers($csv: String!, $dryRun: Boolean!) {
    importUsers(csv: $csv, dryRun: $dryRun) {
      created
      updated
      unchanged
      errors {
        line
        message
      }
    }
  }
`);

/** A dry run reports and changes nothing; a real run applies every valid line and refreshes the directory. */
export function useImportUsers() {
  const [mutate] = useMutation(ImportUsersMutation);
  return async (csv: string, dryRun: boolean) => {
    const { data } = await mutate({ variables: { csv, dryRun }, refetchQueries: dryRun ? [] : ['AdminUsers'] });
    if (!data) throw new Error('importUsers answered nothing');
    return data.importUsers;
  };
}
