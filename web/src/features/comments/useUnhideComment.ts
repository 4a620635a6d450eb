import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';

const UnhideCommentMutation = graphql(`
  mutation UnhideComment($id: ID!) {
    unhideComment(id: $id) {
      id
      ...CommentItem_comment
    }
  }
`);

/** A manager shows a hidden comment to everyone again. */
export function useUnhideComment() {
  return useMutation(UnhideCommentMutation);
}
