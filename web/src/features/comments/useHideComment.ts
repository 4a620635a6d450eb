import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';

const HideCommentMutation = graphql(`
  mutation HideComment($id: ID!) {
    hideComment(id: $id) {
      id
      ...CommentItem_comment
    }
  }
`);

/** A manager hides a comment from everyone but managers and its author. */
export function useHideComment() {
  return useMutation(HideCommentMutation);
}
