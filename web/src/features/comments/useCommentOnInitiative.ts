import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';
import { addCommentToCache } from './commentCache';

const CommentOnInitiativeMutation = graphql(`
  mutation CommentOnInitiative($input: CommentInput!) {
    commentOnInitiative(input: $input) {
      id
      ...CommentItem_comment
      replies {
        id
        ...CommentItem_comment
      }
    }
  }
`);

/** A comment, or a reply to a top-level one (`parentId`); it appears in the thread at once. */
export function useCommentOnInitiative() {
  return useMutation(CommentOnInitiativeMutation, {
    update(cache, { data }, { variables }) {
      if (!data || !variables) return;
      const { initiativeId, parentId } = variables.input;
      addCommentToCache(cache, {
        initiative: String(initiativeId),
        parentId: parentId == null ? null : String(parentId),
        comment: data.commentOnInitiative,
      });
    },
  });
}
