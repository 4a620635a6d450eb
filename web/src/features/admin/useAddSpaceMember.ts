import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';

const AddSpaceMemberMutation = graphql(`
  mutation AddSpaceMember($spaceId: ID!, $userId: ID!) {
    addSpaceMember(spaceId: $spaceId, userId: $userId) {
      id
      memberCount
      members {
        id
        ...AdminMember_user
      }
    }
  }
`);

export function useAddSpaceMember() {
  const [mutate] = useMutation(AddSpaceMemberMutation);
  return (spaceId: string, userId: string) => mutate({ variables: { spaceId, userId } });
}
