import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';

const DeleteCommentMutation = graphql(`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id)
  }
`);

/** The author takes their comment back; the caller updates the thread (`removeCommentFromCache`). */
export function useDeleteComment() {
  return useMutation(DeleteCommentMutation);
}
