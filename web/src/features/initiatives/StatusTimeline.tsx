import { lazy, Suspense, useId, useRef, useState } from 'react';

import { graphql, useFragment, type FragmentType } from '../../gql';
import { formatDate } from '../../i18n/format';
import { withWords } from '../../i18n/words';
import { Alert } from '../../ui/Alert';
import { StatusBadge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Stack } from '../../ui/Layout';
import { RelativeTime } from '../../ui/RelativeTime';
import { LoadingBlock } from '../../ui/Spinner';
import initiativePageWords from './pageWords';
import styles from './Timeline.module.css';

// Only managers ever open it: its code loads on first use.
const ChangeStatusForm = lazy(() => withWords(import('./ChangeStatusForm'), () => import('./toolsWords')));

export const StatusTimelineFragment = graphql(`
  fragment StatusTimeline_initiative on Initiative {
    id
    status
    createdAt
    awaitingResponse
    responseDueAt
    author {
      id
      displayName
    }
    space {
      id
      responseSlaDays
    }
    statusHistory {
      from
      to
      note
      at
      by {
        id
        displayName
      }
    }
  }
`);

interface StatusTimelineProps {
  initiative: FragmentType<typeof StatusTimelineFragment>;
  /** The viewer may answer (a manager, and a move exists): shows "Change status". */
  canAnswer: boolean;
}

/**
 * "Every idea gets an answer": the initiative's life, oldest first. Each answer shows the move
 * (from → to), the follow-up note told to the author and followers, who answered and when. While
 * nobody has answered, the last step says by when an answer is due.
 */
export function StatusTimeline({ initiative: ref, canAnswer }: StatusTimelineProps) {
  const { t, locale } = initiativePageWords.useI18n();
  const initiative = useFragment(StatusTimelineFragment, ref);
  const headingId = useId();
  const formId = useId();
  const [answering, setAnswering] = useState(false);
  const [saved, setSaved] = useState(false);
  const savedRef = useRef<HTMLDivElement>(null);
  const history = initiative.statusHistory;
  const dueAt = initiative.responseDueAt;

  return (
    <Stack as="section" gap={4} aria-labelledby={headingId} id="status-timeline">
      <h2 id={headingId}>{t('timeline.title')}</h2>
      <ol className={styles.timeline}>
        <li className={styles.step}>
          <span className={`${styles.marker} ${styles.SUBMITTED}`} aria-hidden="true" />
          <div className={styles.stepBody}>
            <p className={styles.stepTitle}>{t('timeline.proposed', { name: initiative.author.displayName })}</p>
            <p className={styles.meta}>
              <RelativeTime dated iso={initiative.createdAt} />
            </p>
          </div>
        </li>
        {history.map((change, index) => (
          <li key={`${change.at}-${index}`} className={`${styles.step} ${index === history.length - 1 ? styles.latest : ''}`}>
            <span className={`${styles.marker} ${styles[change.to]}`} aria-hidden="true" />
            <div className={styles.stepBody}>
              <p className={styles.move}>
                <span className="rc-visually-hidden">{t('timeline.movedFrom')} </span>
                <StatusBadge status={change.from} />
                <span className={styles.arrow} aria-hidden="true">
                  →
                </span>
                <span className="rc-visually-hidden"> {t('timeline.movedTo')} </span>
                <StatusBadge status={change.to} />
              </p>
              {change.note ? (
                <blockquote className={styles.note}>
                  <p>{change.note}</p>
                </blockquote>
              ) : (
                <p className={styles.noNote}>{t('timeline.noNote')}</p>
              )}
              <p className={styles.meta}>
                {t('timeline.answeredBy', { name: change.by.displayName })}
                <span aria-hidden="true"> · </span>
                <RelativeTime dated iso={change.at} />
              </p>
            </div>
          </li>
        ))}
        {initiative.status === 'SUBMITTED' && history.length === 0 ? (
          <li className={`${styles.step} ${styles.pending}`}>
            <span className={styles.marker} aria-hidden="true" />
            <div className={styles.stepBody}>
              <p className={styles.stepTitle}>{t('timeline.waiting')}</p>
              <p className={initiative.awaitingResponse ? styles.overdue : styles.meta}>
                {initiative.awaitingResponse
                  ? t('timeline.overdue', { date: formatDate(dueAt, locale) })
                  : t('timeline.dueBy', { count: initiative.space.responseSlaDays, date: formatDate(dueAt, locale) })}
              </p>
            </div>
          </li>
        ) : null}
      </ol>

      {saved ? (
        <Alert ref={savedRef} tone="success" live="status" tabIndex={-1}>
          <p>{t('changeStatus.saved')}</p>
        </Alert>
      ) : null}

      {canAnswer ? (
        <div className={styles.answer}>
          <Button
            variant={answering ? 'secondary' : 'primary'}
            aria-expanded={answering}
            aria-controls={formId}
            onClick={() => {
              setAnswering((value) => !value);
              setSaved(false);
            }}
          >
            {t('changeStatus.button')}
          </Button>
          <div id={formId}>
            {answering ? (
              <Suspense fallback={<LoadingBlock />}>
                <ChangeStatusForm
                  initiativeId={initiative.id}
                  status={initiative.status}
                  onCancel={() => setAnswering(false)}
                  onSaved={() => {
                    setAnswering(false);
                    setSaved(true);
                    window.setTimeout(() => savedRef.current?.focus());
                  }}
                />
              </Suspense>
            ) : null}
          </div>
        </div>
      ) : null}
    </Stack>
  );
}
