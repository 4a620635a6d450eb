import { useState } from 'react';

import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import initiativeToolsWords from '../initiatives/toolsWords';
import { removeCommentFromCache } from './commentCache';
import styles from './Comments.module.css';
import { useDeleteComment } from './useDeleteComment';

interface DeleteCommentDialogProps {
  comment: { id: string; hidden: boolean };
  initiativeId: string;
  /** The top-level comment this one answers; null for a top-level comment. */
  parentId: string | null;
  replyCount: number;
  open: boolean;
  onClose: () => void;
}

/** "Delete this comment?": the author confirms; replies, if any, stay under a placeholder. Loaded on first use. */
export default function DeleteCommentDialog({ comment, initiativeId, parentId, replyCount, open, onClose }: DeleteCommentDialogProps) {
  const t = initiativeToolsWords.useT();
  const [remove, { loading }] = useDeleteComment();
  const [failed, setFailed] = useState(false);

  const close = () => {
    setFailed(false);
    onClose();
  };

  const deleteIt = async () => {
    setFailed(false);
    try {
      await remove({
        variables: { id: comment.id },
        update: (cache) =>
          removeCommentFromCache(cache, { initiative: initiativeId, id: comment.id, parentId, replyCount, hidden: comment.hidden }),
      });
      close();
    } catch {
      setFailed(true);
    }
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      title={t('comments.deleteTitle')}
      actions={
        <>
          <Button variant="secondary" autoFocus onClick={close}>
            {t('comments.keep')}
          </Button>
          <Button variant="danger" busy={loading} onClick={() => void deleteIt()}>
            {t('comments.deleteConfirm')}
          </Button>
        </>
      }
    >
      <p>{t(replyCount > 0 ? 'comments.deleteBodyReplies' : 'comments.deleteBody')}</p>
      {failed ? (
        <p role="alert" className={styles.error}>
          {t('comments.actionFailed')}
        </p>
      ) : null}
    </Dialog>
  );
}
