import { lazy, Suspense } from 'react';
import { Link } from 'react-router';

import { canMerge, isManager } from '@red-chair/domain';

import { useViewer } from '../../app/auth/useViewer';
import { PageHeading } from '../../app/PageHeading';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { rich } from '../../i18n/rich';
import { withWords } from '../../i18n/words';
import { Alert } from '../../ui/Alert';
import { Badge, StatusBadge, TagList } from '../../ui/Badge';
import { Prose } from '../../ui/Prose';
import { RelativeTime } from '../../ui/RelativeTime';
import { LoadingBlock } from '../../ui/Spinner';
import { AwardIcon } from '../awards/AwardIcon';
import { InitiativeAwards } from '../awards/InitiativeAwards';
import { SpaceBreadcrumb } from '../spaces/SpaceBreadcrumb';
import { AuthorActions } from './AuthorActions';
import { Counts } from './Counts';
import { FollowButton } from './FollowButton';
import styles from './Initiatives.module.css';
import initiativePageWords from './pageWords';
import { canAnswer } from './statusMoves';
import { StatusTimeline } from './StatusTimeline';
import { VoteButton } from './VoteButton';

export const InitiativeViewFragment = graphql(`
  fragment InitiativeView_initiative on Initiative {
    id
    title
    bodyHtml
    status
    orientation
    tags
    voteCount
    commentCount
    followerCount
    awaitingResponse
    createdAt
    lastActivityAt
    author {
      id
      displayName
    }
    space {
      id
      slug
      name
    }
    ...VoteButton_initiative
    ...FollowButton_initiative
    ...StatusTimeline_initiative
    ...CommentThread_initiative
    ...InitiativeAwards_initiative
    ...RatingWidget_initiative
    challenge {
      id
      title
      state
    }
    mergedInto {
      id
      title
    }
  }
`);

function When({ iso, label }: { iso: string; label: string }) {
  return (
    <div className={styles.fact}>
      <dt>{label}</dt>
      <dd>
        <RelativeTime iso={iso} dated />
      </dd>
    </div>
  );
}

// Ratings exist only on prototypes and products in community spaces (the widget says null elsewhere):
// a chunk of their own keeps the page's first load within its budget.
// Only managers merge: the button and its dialog stay out of everyone else's first load.
// The lazy parts bring their words (toolsWords) with their chunks.
const toolsWords = () => import('./toolsWords');
const MergeAction = lazy(() => withWords(import('../merge/MergeAction'), toolsWords));
// The conversation sits below the description: its chunk (thread, forms, the Markdown tabs) loads while the
// page above it shows, keeping the page's first load within budget.
const CommentThread = lazy(() =>
  withWords(import('../comments/CommentThread'), toolsWords).then(({ CommentThread }) => ({ default: CommentThread })),
);

const RatingWidget = lazy(() =>
  withWords(import('../ratings/RatingWidget'), toolsWords).then(({ RatingWidget }) => ({ default: RatingWidget })),
);

/**
 * An initiative's page: what it is (rendered Markdown), what the viewer can do (vote, follow; the
 * author's edit and withdraw while nobody has answered), its answers (the status timeline, where
 * managers answer) and the conversation.
 */
export function InitiativeView(props: { initiative: FragmentType<typeof InitiativeViewFragment> }) {
  const { t } = initiativePageWords.useI18n();
  const { viewer } = useViewer();
  const initiative = useFragment(InitiativeViewFragment, props.initiative);
  const isAuthor = !!viewer && viewer.id === initiative.author.id;
  return (
    <article className={styles.detail}>
      <SpaceBreadcrumb space={initiative.space} />

      {initiative.mergedInto ? (
        <Alert tone="info" live="status" title={t('merge.banner.title')}>
          <p>
            {rich(t, 'merge.banner.body', {
              target: <Link to={`/i/${initiative.mergedInto.id}`}>{initiative.mergedInto.title}</Link>,
            })}
          </p>
        </Alert>
      ) : null}

      <header className={styles.detailHeader}>
        <div className={styles.cardTop}>
          <StatusBadge status={initiative.status} />
          {initiative.awaitingResponse ? <Badge tone="outline">{t('initiative.awaitingResponse')}</Badge> : null}
          <span className={styles.orientation}>{t(`orientation.${initiative.orientation}`)}</span>
        </div>
        <PageHeading className={styles.detailTitle} documentTitle={initiative.title}>
          {initiative.title}
        </PageHeading>
        <p className={styles.byline}>
          {rich(t, 'initiative.byIn', {
            name: <Link to={`/people/${initiative.author.id}`}>{initiative.author.displayName}</Link>,
            space: <Link to={`/s/${initiative.space.slug}`}>{initiative.space.name}</Link>,
          })}
        </p>
        {initiative.challenge ? (
          <p className={styles.challengeLine}>
            <AwardIcon />
            <span>
              {rich(t, 'initiative.answersChallenge', {
                challenge: <Link to={`/challenges/${initiative.challenge.id}`}>{initiative.challenge.title}</Link>,
              })}
            </span>
          </p>
        ) : null}
        <div className={styles.actionBar}>
          <VoteButton initiative={initiative} />
          <FollowButton initiative={initiative} />
          {isAuthor && initiative.status === 'SUBMITTED' ? (
            <AuthorActions initiativeId={initiative.id} title={initiative.title} spaceSlug={initiative.space.slug} />
          ) : null}
          {viewer && isManager(viewer.role) && canMerge(initiative.status) ? (
            <Suspense fallback={null}>
              <MergeAction
                source={{
                  id: initiative.id,
                  title: initiative.title,
                  status: initiative.status,
                  voteCount: initiative.voteCount,
                  authorName: initiative.author.displayName,
                  spaceId: initiative.space.id,
                  text: initiative.title,
                }}
              />
            </Suspense>
          ) : null}
        </div>
      </header>

      <div className={styles.detailGrid}>
        <div className={styles.mainColumn}>
          <section aria-label={t('initiative.description')}>
            <Prose bodyHtml={initiative.bodyHtml} />
          </section>
          <InitiativeAwards initiative={initiative} viewer={viewer} />
          <Suspense fallback={null}>
            <RatingWidget initiative={initiative} />
          </Suspense>
          <StatusTimeline initiative={initiative} canAnswer={canAnswer(viewer?.role, initiative.status)} />
          <Suspense fallback={<LoadingBlock />}>
            <CommentThread initiative={initiative} viewer={viewer} />
          </Suspense>
        </div>

        <aside className={styles.facts} aria-label={t('initiative.details')}>
          <Counts votes={initiative.voteCount} comments={initiative.commentCount} followers={initiative.followerCount} />
          <dl>
            <When iso={initiative.createdAt} label={t('initiative.proposed')} />
            <When iso={initiative.lastActivityAt} label={t('initiative.lastActivity')} />
            <div className={styles.fact}>
              <dt>{t('initiative.space')}</dt>
              <dd>
                <Link to={`/s/${initiative.space.slug}`}>{initiative.space.name}</Link>
              </dd>
            </div>
            {initiative.tags.length ? (
              <div className={styles.fact}>
                <dt>{t('initiative.tags')}</dt>
                <dd>
                  <TagList
                    tags={initiative.tags}
                    hrefFor={(tag) => `/s/${initiative.space.slug}?tag=${encodeURIComponent(tag)}`}
                    linkLabel={(tag) => t('search.tagLink', { tag })}
                  />
                </dd>
              </div>
            ) : null}
          </dl>
        </aside>
      </div>
    </article>
  );
}
