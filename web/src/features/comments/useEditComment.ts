import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';

const EditCommentMutation = graphql(`
  mutation EditComment($id: ID!, $body: String!) {
    editComment(id: $id, body: $body) {
      id
      ...CommentItem_comment
    }
  }
`);

/** The author rewrites their comment; the thread shows the new text and "edited". */
export function useEditComment() {
  return useMutation(EditCommentMutation);
}
