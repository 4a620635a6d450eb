import { Link, useParams } from 'react-router';

import { NotFoundContent } from '../../app/NotFoundPage';
import { PageHeading } from '../../app/PageHeading';
import { ProblemView } from '../../app/ProblemView';
import { formatDate } from '../../i18n/format';
import { rich } from '../../i18n/rich';
import { Alert } from '../../ui/Alert';
import { Button, ButtonLink } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Stack } from '../../ui/Layout';
import { LoadingBlock } from '../../ui/Spinner';
import { SpaceBreadcrumb } from '../spaces/SpaceBreadcrumb';
import { useSpace } from '../spaces/useSpace';
import { useYouSaidWeDid } from './useYouSaidWeDid';
import voiceWords from './words';
import styles from './YouSaidWeDid.module.css';

function CheckIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
      <path d="M3.5 9.5l3.5 3.5 7.5-8" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** `/s/:slug/you-said-we-did`: what became of a space's ideas, the most recently implemented first, each with the team's note. */
export default function YouSaidWeDidPage() {
  const { t, locale } = voiceWords.useI18n();
  const { slug = '' } = useParams();
  const space = useSpace(slug);
  const list = useYouSaidWeDid(space.data?.space?.id);
  const { listRef: implementedList } = list;

  if (space.error && !space.data) return <ProblemView error={space.error} onRetry={() => void space.refetch()} />;
  if (!space.data) return <LoadingBlock />;
  const target = space.data.space;
  if (!target) return <NotFoundContent />;
  const page = list.page;

  return (
    <Stack gap={5}>
      <SpaceBreadcrumb space={target} />
      <header className={styles.header}>
        <PageHeading documentTitle={`${t('voice.ysd.title')} · ${target.name}`}>{t('voice.ysd.title')}</PageHeading>
        <p className={styles.lead}>{t('voice.ysd.intro', { space: target.name })}</p>
      </header>
      {list.error && !page ? (
        <ProblemView error={list.error} onRetry={() => void list.refetch()} />
      ) : !page ? (
        <LoadingBlock />
      ) : page.nodes.length === 0 ? (
        <EmptyState
          title={t('voice.ysd.empty.title')}
          action={
            <ButtonLink to={`/s/${target.slug}`} variant="secondary">
              {t('voice.ysd.back')}
            </ButtonLink>
          }
        >
          {t('voice.ysd.empty.body')}
        </EmptyState>
      ) : (
        <>
          <p className={styles.total}>{t('voice.ysd.count', { count: page.totalCount })}</p>
          <ol className={styles.list} ref={implementedList}>
            {page.nodes.map((initiative) => (
              <li key={initiative.id} className={styles.card}>
                <p className={styles.done}>
                  <CheckIcon />
                  {initiative.implementedAt ? (
                    <time dateTime={initiative.implementedAt}>
                      {t('voice.ysd.on', { date: formatDate(initiative.implementedAt, locale) })}
                    </time>
                  ) : (
                    t('status.IMPLEMENTED')
                  )}
                </p>
                <h2 className={styles.title}>
                  <Link to={`/i/${initiative.id}`}>{initiative.title}</Link>
                </h2>
                <figure className={styles.note}>
                  <figcaption className={styles.noteLabel}>{t('voice.ysd.what')}</figcaption>
                  {initiative.followUpNote ? (
                    <blockquote className={styles.noteText}>{initiative.followUpNote}</blockquote>
                  ) : (
                    <p className={styles.noNote}>{t('voice.ysd.noNote')}</p>
                  )}
                </figure>
                <p className={styles.meta}>
                  {rich(t, 'voice.ysd.by', { name: <Link to={`/people/${initiative.author.id}`}>{initiative.author.displayName}</Link> })}
                  <span aria-hidden="true"> · </span>
                  {t('voice.ysd.votes', { count: initiative.voteCount })}
                  <span aria-hidden="true"> · </span>
                  {t('voice.ysd.comments', { count: initiative.commentCount })}
                </p>
              </li>
            ))}
          </ol>
          {list.loadMoreError ? (
            <Alert tone="error" live="alert">
              <p>{t('feed.loadMoreFailed')}</p>
            </Alert>
          ) : null}
          {page.pageInfo.hasNextPage ? (
            <div className={styles.more}>
              <Button variant="secondary" busy={list.loadingMore} onClick={() => void list.loadMore()}>
                {t('feed.loadMore')}
              </Button>
            </div>
          ) : null}
        </>
      )}
    </Stack>
  );
}
