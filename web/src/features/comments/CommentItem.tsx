import { lazy, Suspense, useId, useRef, useState } from 'react';

import { isManager } from '@red-chair/domain';

import type { Viewer } from '../../app/auth/useViewer';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { formatDateTime } from '../../i18n/format';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Prose } from '../../ui/Prose';
import { RelativeTime } from '../../ui/RelativeTime';
import initiativeToolsWords from '../initiatives/toolsWords';
import { CommentEditForm } from './CommentEditForm';
import styles from './Comments.module.css';
import { useToggleCommentHidden } from './useToggleCommentHidden';

/** Only authors who choose "Delete" need it. */
const DeleteCommentDialog = lazy(() => import('./DeleteCommentDialog'));

export const CommentItemFragment = graphql(`
  fragment CommentItem_comment on Comment {
    id
    body
    bodyHtml
    hidden
    deleted
    createdAt
    editedAt
    author {
      id
      displayName
    }
  }
`);

export const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part.charAt(0).toLocaleUpperCase())
    .join('');

/** How a comment reads to this viewer, from what the API sent (it empties what they may not read). */
export type CommentLook = 'deleted' | 'hiddenPlaceholder' | 'hiddenReadable' | 'visible';
export function commentLook({ deleted, hidden, body }: { deleted: boolean; hidden: boolean; body: string }): CommentLook {
  if (deleted) return 'deleted';
  if (hidden) return body ? 'hiddenReadable' : 'hiddenPlaceholder';
  return 'visible';
}

interface CommentItemProps {
  comment: FragmentType<typeof CommentItemFragment>;
  initiativeId: string;
  viewer: Viewer | null;
  /** The top-level comment this one answers; null for a top-level comment. */
  parentId: string | null;
  replyCount: number;
  /** Only top-level comments take replies (one level deep). */
  replying?: boolean;
  replyFormId?: string;
  onReply?: () => void;
}

/**
 * One comment: who and when, the rendered Markdown, and what this viewer may do with it — reply
 * (top level only), edit or delete (its author), hide or show again (managers). Deleted and hidden
 * comments the viewer cannot read stay as placeholders so replies keep their context.
 */
export function CommentItem({
  comment: ref,
  initiativeId,
  viewer,
  parentId,
  replyCount,
  replying,
  replyFormId,
  onReply,
}: CommentItemProps) {
  const { t, locale } = initiativeToolsWords.useI18n();
  const comment = useFragment(CommentItemFragment, ref);
  const headId = useId();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  // Leaving the edit form gives focus back to "Edit" (the form and its buttons are gone).
  const stopEditing = () => {
    setEditing(false);
    window.setTimeout(() => editButton.current?.focus());
  };
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [failure, setFailure] = useState(false);
  const visibility = useToggleCommentHidden(initiativeId);
  const look = commentLook(comment);
  const readable = look === 'visible' || look === 'hiddenReadable';
  const mine = !!viewer && viewer.id === comment.author.id;
  const manager = !!viewer && isManager(viewer.role);

  const toggleHidden = async () => {
    setFailure(false);
    try {
      await visibility.toggle(comment);
    } catch {
      setFailure(true);
    }
  };

  return (
    <article
      id={`comment-${comment.id}`}
      tabIndex={-1}
      className={`${styles.comment} ${readable ? '' : styles.placeholder}`}
      aria-labelledby={headId}
    >
      <header className={styles.head}>
        {readable ? (
          <span className={styles.avatar} aria-hidden="true">
            {initials(comment.author.displayName)}
          </span>
        ) : null}
        <p id={headId} className={styles.who}>
          <span className={styles.author}>
            {readable ? comment.author.displayName : t(look === 'deleted' ? 'comments.deletedTitle' : 'comments.hiddenTitle')}
          </span>
          <span className={styles.when}>
            <RelativeTime iso={comment.createdAt} />
          </span>
          {comment.editedAt && readable ? (
            <span className={styles.when} title={formatDateTime(comment.editedAt, locale)}>
              {t('comments.edited')}
            </span>
          ) : null}
        </p>
        {look === 'hiddenReadable' ? <Badge tone="outline">{t('comments.hiddenBadge')}</Badge> : null}
      </header>

      {look === 'deleted' ? (
        <p className={styles.placeholderText}>{t('comments.deleted')}</p>
      ) : look === 'hiddenPlaceholder' ? (
        <p className={styles.placeholderText}>{t('comments.hidden')}</p>
      ) : editing ? (
        <CommentEditForm comment={comment} onDone={stopEditing} />
      ) : (
        <Prose bodyHtml={comment.bodyHtml} size="small" className={styles.text} />
      )}

      {look === 'hiddenReadable' ? (
        <p className={styles.hiddenNote}>{t(mine && !manager ? 'comments.hiddenNote.author' : 'comments.hiddenNote.manager')}</p>
      ) : null}

      {!editing ? (
        <div className={styles.actions}>
          {onReply && readable ? (
            <Button
              variant="ghost"
              size="small"
              aria-expanded={!!replying}
              aria-controls={replyFormId}
              aria-describedby={headId}
              onClick={onReply}
            >
              {t('comments.reply')}
            </Button>
          ) : null}
          {mine && readable ? (
            <>
              <Button ref={editButton} variant="ghost" size="small" aria-describedby={headId} onClick={() => setEditing(true)}>
                {t('comments.edit')}
              </Button>
              <Button variant="ghost" size="small" aria-describedby={headId} onClick={() => setConfirmDelete(true)}>
                {t('comments.delete')}
              </Button>
            </>
          ) : null}
          {manager && look !== 'deleted' ? (
            <Button variant="ghost" size="small" aria-describedby={headId} busy={visibility.loading} onClick={() => void toggleHidden()}>
              {t(comment.hidden ? 'comments.unhide' : 'comments.hide')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {failure ? (
        <p role="alert" className={styles.error}>
          {t('comments.actionFailed')}
        </p>
      ) : null}

      {confirmDelete ? (
        <Suspense fallback={null}>
          <DeleteCommentDialog
            comment={comment}
            initiativeId={initiativeId}
            parentId={parentId}
            replyCount={replyCount}
            open
            onClose={() => setConfirmDelete(false)}
          />
        </Suspense>
      ) : null}
    </article>
  );
}
