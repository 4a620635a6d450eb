import { adjustCommentCount } from './commentCache';
import { useHideComment } from './useHideComment';
import { useUnhideComment } from './useUnhideComment';

/**
 * A manager hides a comment, or shows it again; the initiative's comment count follows (a hidden
 * comment is not counted). Rejects with the API's error.
 */
export function useToggleCommentHidden(initiativeId: string) {
  const [hide, hideState] = useHideComment();
  const [unhide, unhideState] = useUnhideComment();
  const toggle = async ({ id, hidden }: { id: string; hidden: boolean }) => {
    if (hidden) await unhide({ variables: { id }, update: (cache) => adjustCommentCount(cache, initiativeId, +1) });
    else await hide({ variables: { id }, update: (cache) => adjustCommentCount(cache, initiativeId, -1) });
  };
  return { toggle, loading: hideState.loading || unhideState.loading };
}
