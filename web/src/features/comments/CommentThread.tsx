import { useId, useState } from 'react';

import type { Viewer } from '../../app/auth/useViewer';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { Stack } from '../../ui/Layout';
import initiativeToolsWords from '../initiatives/toolsWords';
import { CommentBodyForm } from './CommentBodyForm';
import { CommentItem } from './CommentItem';
import styles from './Comments.module.css';
import { useCommentOnInitiative } from './useCommentOnInitiative';

export const CommentThreadFragment = graphql(`
  fragment CommentThread_initiative on Initiative {
    id
    commentCount
    comments {
      id
      ...CommentItem_comment
      replies {
        id
        ...CommentItem_comment
      }
    }
  }
`);

interface CommentThreadProps {
  initiative: FragmentType<typeof CommentThreadFragment>;
  viewer: Viewer | null;
}

/**
 * The conversation under an initiative: top-level comments oldest first, each with its replies
 * (one level), a reply form under the comment being answered, and the comment form at the end.
 */
export function CommentThread({ initiative: ref, viewer }: CommentThreadProps) {
  const t = initiativeToolsWords.useT();
  const initiative = useFragment(CommentThreadFragment, ref);
  const headingId = useId();
  const replyPrefix = useId();
  const [replyingTo, setReplyingTo] = useState<string | null>(null);
  const [posted, setPosted] = useState(false);
  const [comment, { loading }] = useCommentOnInitiative();
  const [reply, replyState] = useCommentOnInitiative();

  const comments = initiative.comments;
  return (
    <Stack as="section" gap={4} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t('comments.title')} <span className={styles.count}>{t('comments.count', { count: initiative.commentCount })}</span>
      </h2>

      {comments.length === 0 ? (
        <p className={styles.empty}>{t('comments.empty')}</p>
      ) : (
        <ol className={styles.thread}>
          {comments.map((top) => {
            const formId = `${replyPrefix}-${top.id}`;
            return (
              <li key={top.id} className={styles.entry}>
                <CommentItem
                  comment={top}
                  initiativeId={initiative.id}
                  viewer={viewer}
                  parentId={null}
                  replyCount={top.replies.length}
                  replying={replyingTo === top.id}
                  replyFormId={formId}
                  onReply={() => setReplyingTo((current) => (current === top.id ? null : top.id))}
                />
                {top.replies.length || replyingTo === top.id ? (
                  <div className={styles.replies}>
                    {top.replies.length ? (
                      <ol className={styles.thread} aria-label={t('comments.repliesLabel', { count: top.replies.length })}>
                        {top.replies.map((answer) => (
                          <li key={answer.id}>
                            <CommentItem comment={answer} initiativeId={initiative.id} viewer={viewer} parentId={top.id} replyCount={0} />
                          </li>
                        ))}
                      </ol>
                    ) : null}
                    {replyingTo === top.id ? (
                      <div id={formId}>
                        <CommentBodyForm
                          id={`reply-${top.id}`}
                          label={t('comments.replyLabel')}
                          submitLabel={t('comments.replySubmit')}
                          rows={3}
                          autoFocus
                          clearOnSubmit
                          busy={replyState.loading}
                          onCancel={() => {
                            setReplyingTo(null);
                            window.setTimeout(() => document.querySelector<HTMLElement>(`[aria-controls="${formId}"]`)?.focus());
                          }}
                          onSubmit={async (body) => {
                            const { data } = await reply({ variables: { input: { initiativeId: initiative.id, body, parentId: top.id } } });
                            setReplyingTo(null);
                            // Its form is gone: focus moves to the reply once it is on screen.
                            if (data) window.setTimeout(() => document.getElementById(`comment-${data.commentOnInitiative.id}`)?.focus());
                          }}
                        />
                      </div>
                    ) : null}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}

      <div className={styles.newComment}>
        <CommentBodyForm
          id={`comment-new-${initiative.id}`}
          label={t('comments.label')}
          submitLabel={t('comments.submit')}
          busy={loading}
          clearOnSubmit
          onSubmit={async (body) => {
            setPosted(false);
            await comment({ variables: { input: { initiativeId: initiative.id, body } } });
            setPosted(true);
          }}
        />
        <p role="status" className={posted ? styles.posted : 'rc-visually-hidden'}>
          {posted ? t('comments.posted') : ''}
        </p>
      </div>
    </Stack>
  );
}
