import { lazy, Suspense } from 'react';
import { useLocation, useParams } from 'react-router';

import { isManager } from '@red-chair/domain';

import { useViewer } from '../../app/auth/useViewer';
import { NotFoundContent } from '../../app/NotFoundPage';
import { ProblemView } from '../../app/ProblemView';
import { withWords } from '../../i18n/words';
import { Alert } from '../../ui/Alert';
import { ButtonLink } from '../../ui/Button';
import { Stack } from '../../ui/Layout';
import { useChallenges } from '../challenges/useChallenges';
import { SpaceHeader } from '../spaces/SpaceHeader';
import { useSpace } from '../spaces/useSpace';
import type { WithdrawnNotice } from './AuthorActions';
import { FeedResults, FeedSkeleton } from './FeedResults';
import { FeedToolbar } from './FeedToolbar';
import feedWords from './feedWords';
import { useFeedFilters } from './useFeedFilters';
import { useInitiativeFeed } from './useInitiativeFeed';

/**
 * The strip of a space's live challenges is a chunk of its own, fetched with its words only when the space
 * has some: most have none, and their feed does not download it.
 */
const SpaceChallenges = lazy(() =>
  withWords(import('../challenges/SpaceChallenges'), () => import('../challenges/words')).then(({ SpaceChallenges }) => ({
    default: SpaceChallenges,
  })),
);

function PlusIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <path d="M8 2v12M2 8h12" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
    </svg>
  );
}

/**
 * `/s/:slug`: a space and its initiatives, searched, filtered by tag, status, orientation and "awaiting a
 * response", in the chosen order. All of it lives in the URL (`?q=&tag=&status=&for=&awaiting=1&sort=`).
 */
export default function FeedPage() {
  const t = feedWords.useT();
  const { slug = '' } = useParams();
  const filters = useFeedFilters();
  const { status, orientation, awaiting, search, tag, sort } = filters;
  const state = useLocation().state as Partial<WithdrawnNotice> | null;
  const notice = state?.notice === 'withdrawn' ? state : null;
  const space = useSpace(slug);
  const { viewer } = useViewer();
  const manages = !!viewer && isManager(viewer.role);
  const spaceId = space.data?.space?.id;
  const feed = useInitiativeFeed({ spaceId, status, orientation, awaitingResponse: awaiting, search, tag, sort });
  // The space's live challenges sit between its header and the filters: what is below the header waits
  // for them (the same query SpaceChallenges reads, asked with the feed) so they never push the list down.
  const challenges = useChallenges(spaceId ?? null, !spaceId);
  const challengesSettled = !!challenges.data || !!challenges.error;
  const hasLiveChallenges = !!challenges.data?.challenges.some((challenge) => challenge.state !== 'CLOSED');

  if (space.error && !space.data) return <ProblemView error={space.error} onRetry={() => void space.refetch()} />;
  if (!space.data) return <FeedSkeleton />;
  if (!space.data.space) return <NotFoundContent />;

  const page = feed.page;

  return (
    <Stack gap={5}>
      <SpaceHeader
        space={space.data.space}
        actions={
          <>
            <ButtonLink to={`/s/${slug}/propose`} variant="primary">
              <PlusIcon />
              {t('feed.propose')}
            </ButtonLink>
            {/* Community spaces show customers what became of their ideas prominently; internal ones quietly. */}
            <ButtonLink to={`/s/${slug}/you-said-we-did`} variant={space.data.space.kind === 'COMMUNITY' ? 'secondary' : 'ghost'}>
              {t('voice.ysd.link')}
            </ButtonLink>
            <ButtonLink to={`/s/${slug}/roadmap`} variant="secondary">
              {t('roadmap.link')}
            </ButtonLink>
            {manages ? (
              <>
                <ButtonLink to={`/s/${slug}/challenges/new`} variant="secondary">
                  {t('launch.open')}
                </ButtonLink>
                <ButtonLink to={`/s/${slug}/awaiting`} variant="ghost">
                  {t('awaiting.link')}
                </ButtonLink>
              </>
            ) : null}
          </>
        }
      />

      {challengesSettled ? (
        // While the strip (if the space has live challenges) and its words load, the skeleton holds the place.
        <Suspense fallback={<FeedSkeleton />}>
          {hasLiveChallenges ? <SpaceChallenges spaceId={space.data.space.id} /> : null}

          {notice ? (
            <Alert tone="success" live="status">
              <p>{t('withdraw.done', { title: notice.title ?? '' })}</p>
            </Alert>
          ) : null}

          <FeedToolbar filters={filters} total={page ? { count: page.totalCount, exact: page.totalCountExact } : null} />
          <FeedResults feed={feed} slug={slug} filters={filters} />
        </Suspense>
      ) : (
        <FeedSkeleton />
      )}
    </Stack>
  );
}
