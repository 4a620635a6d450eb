import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';

const RemoveSpaceMemberMutation = graphql(`
  mutation RemoveSpaceMember($spaceId: ID!, $userId: ID!) {
    removeSpaceMember(spaceId: $spaceId, userId: $userId) {
      id
      memberCount
      members {
        id
        ...AdminMember_user
      }
    }
  }
`);

export function useRemoveSpaceMember() {
  const [mutate] = useMutation(RemoveSpaceMemberMutation);
  return (spaceId: string, userId: string) => mutate({ variables: { spaceId, userId } });
}
