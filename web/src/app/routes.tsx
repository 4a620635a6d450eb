import { lazy, Suspense, type ComponentType } from 'react';
import { matchPath, Navigate, Route, Routes } from 'react-router';

import { withWords, type Words } from '../i18n/words';
import { LoadingBlock } from '../ui/Spinner';
import { AnonymousOnly, RequireViewer } from './auth/guards';
import { ErrorBoundary } from './ErrorBoundary';
import { Layout } from './layout/Layout';
import NotFoundPage from './NotFoundPage';

interface PageModule {
  default: ComponentType;
}

/** A feature's words module (`features/…/words.ts`): imported lazily, so its words stay out of the shell. */
type WordsLoader = () => Promise<{ default: Pick<Words<string>, 'load'> }>;

/**
 * A lazy page whose chunk `preloadPage` can fetch ahead. Once it is here, React.lazy receives a thenable
 * that calls back at once, which lazy reads without suspending: the page renders (and asks for its data)
 * in the same pass, rather than after a Suspense fallback and React's 300 ms throttle on revealing it.
 * The features' words it reads load alongside its chunk, in the reader's language, and the page waits
 * for them: it never shows keys, nor suspends again once rendering.
 */
function page(loader: () => Promise<PageModule>, ...words: WordsLoader[]) {
  let loaded: PageModule | undefined;
  let loading: Promise<PageModule> | undefined;
  const load = () =>
    (loading ??= withWords(loader(), ...words).then(
      (module) => (loaded = module),
      (error: unknown) => {
        loading = undefined; // a later render tries again
        throw error;
      },
    ));
  const ready = (module: PageModule) =>
    ({ then: (resolve: (value: PageModule) => void) => resolve(module) }) as unknown as Promise<PageModule>;
  return { Page: lazy(() => (loaded ? ready(loaded) : load())), load };
}

// The features' words each page reads (besides the core words every page has), fetched with its chunk.
const authWords: WordsLoader = () => import('../features/auth/words');
const feedWords: WordsLoader = () => import('../features/initiatives/feedWords');
const challengeWords: WordsLoader = () => import('../features/challenges/words');
const proposeWords: WordsLoader = () => import('../features/initiatives/proposeWords');
const initiativePageWords: WordsLoader = () => import('../features/initiatives/pageWords');
const hallOfFameWords: WordsLoader = () => import('../features/awards/words');
const peopleWords: WordsLoader = () => import('../features/people/words');
const insightWords: WordsLoader = () => import('../features/insights/words');
const settingsWords: WordsLoader = () => import('../features/settings/words');
const voiceWords: WordsLoader = () => import('../features/voice/words');
const adminPeopleWords: WordsLoader = () => import('../features/admin/peopleWords');
const adminSpacesWords: WordsLoader = () => import('../features/admin/spacesWords');
const adminAuditWords: WordsLoader = () => import('../features/admin/auditWords');
const adminOutboxWords: WordsLoader = () => import('../features/admin/outboxWords');
const inviteWords: WordsLoader = () => import('../features/admin/inviteWords');
const roadmapWords: WordsLoader = () => import('../features/roadmap/words');

// Every page is its own chunk: the first load carries only the shell and the page it shows.
// (The not-found page is part of the shell: any failed read may show it.)
const signIn = page(() => import('../features/auth/SignInPage'), authWords);
const signUp = page(() => import('../features/auth/SignUpPage'), authWords);
const forgotPassword = page(() => import('../features/auth/ForgotPasswordPage'), authWords);
const resetPassword = page(() => import('../features/auth/ResetPasswordPage'), authWords);
const home = page(() => import('../features/spaces/HomePage'));
const feed = page(() => import('../features/initiatives/FeedPage'), feedWords);
const propose = page(() => import('../features/initiatives/ProposePage'), proposeWords);
const initiative = page(() => import('../features/initiatives/InitiativePage'), initiativePageWords);
const editInitiative = page(() => import('../features/initiatives/EditInitiativePage'), proposeWords);
const hallOfFame = page(() => import('../features/awards/HallOfFamePage'), hallOfFameWords);
const profile = page(() => import('../features/people/ProfilePage'), peopleWords);
const leaderboard = page(() => import('../features/people/LeaderboardPage'), peopleWords);
const challenges = page(() => import('../features/challenges/ChallengesPage'), challengeWords);
const challenge = page(() => import('../features/challenges/ChallengePage'), challengeWords);
const launchChallenge = page(() => import('../features/challenges/LaunchChallengePage'), challengeWords);
const awaiting = page(() => import('../features/insights/AwaitingPage'), insightWords);
const insights = page(() => import('../features/insights/InsightsPage'), insightWords, peopleWords);
const notifications = page(() => import('../features/notifications/NotificationsPage'));
const settings = page(() => import('../features/settings/SettingsPage'), settingsWords);
const redChair = page(() => import('../features/voice/RedChairPage'), voiceWords);
const youSaidWeDid = page(() => import('../features/voice/YouSaidWeDidPage'), voiceWords);
const unsubscribe = page(() => import('../features/unsubscribe/UnsubscribePage'), settingsWords);
const adminPeople = page(() => import('../features/admin/PeoplePage'), adminPeopleWords);
const adminSpaces = page(() => import('../features/admin/SpacesPage'), adminSpacesWords);
const adminSpace = page(() => import('../features/admin/SpaceAdminPage'), adminSpacesWords);
const adminAudit = page(() => import('../features/admin/AuditPage'), adminAuditWords);
const adminOutbox = page(() => import('../features/admin/OutboxPage'), adminOutboxWords);
const invite = page(() => import('../features/admin/InvitePage'), inviteWords, authWords);
const roadmap = page(() => import('../features/roadmap/RoadmapPage'), roadmapWords);

/** Every route's pattern and page, in the order `<Routes>` lists them (anonymous first). */
const PAGES: [string, ReturnType<typeof page>][] = [
  ['/sign-in', signIn],
  ['/sign-up', signUp],
  ['/forgot-password', forgotPassword],
  ['/reset-password/:token', resetPassword],
  ['/', home],
  ['/s/:slug', feed],
  ['/s/:slug/propose', propose],
  ['/i/:id', initiative],
  ['/i/:id/edit', editInitiative],
  ['/hall-of-fame', hallOfFame],
  ['/people/:id', profile],
  ['/leaderboard', leaderboard],
  ['/challenges', challenges],
  ['/challenges/:id', challenge],
  ['/s/:slug/challenges/new', launchChallenge],
  ['/s/:slug/awaiting', awaiting],
  ['/insights', insights],
  ['/notifications', notifications],
  ['/settings', settings],
  ['/red-chair', redChair],
  ['/s/:slug/you-said-we-did', youSaidWeDid],
  ['/unsubscribe/:token', unsubscribe],
  ['/admin/people', adminPeople],
  ['/admin/spaces', adminSpaces],
  ['/admin/spaces/:slug', adminSpace],
  ['/admin/audit', adminAudit],
  ['/admin/outbox', adminOutbox],
  ['/invite/:token', invite],
  ['/s/:slug/roadmap', roadmap],
];

/**
 * Starts fetching the chunk of the page at `pathname` (with its CSS and imports). Called once at start:
 * otherwise the chunk is only asked for once `me` has answered and the guard renders the page, one
 * round trip later. A failure here is ignored; rendering the page asks again and shows it.
 */
export function preloadPage(pathname: string): void {
  const found = PAGES.find(([pattern]) => matchPath(pattern, pathname));
  found?.[1].load().catch(() => undefined);
}

export function AppRoutes() {
  return (
    <Routes>
      {/* The presentation fills the screen: no header, no footer, a deck of its own. */}
      <Route element={<RequireViewer />}>
        <Route
          path="red-chair"
          element={
            <ErrorBoundary>
              <Suspense fallback={<LoadingBlock />}>
                <redChair.Page />
              </Suspense>
            </ErrorBoundary>
          }
        />
      </Route>
      <Route element={<Layout />}>
        <Route element={<AnonymousOnly />}>
          <Route path="sign-in" element={<signIn.Page />} />
          <Route path="sign-up" element={<signUp.Page />} />
          <Route path="forgot-password" element={<forgotPassword.Page />} />
        </Route>
        {/* The mailed link works whoever is signed in on this device: it signs its owner in. */}
        <Route path="reset-password/:token" element={<resetPassword.Page />} />
        {/* The link of every notification mail: it works without a session, signed in or not. */}
        <Route path="unsubscribe/:token" element={<unsubscribe.Page />} />
        {/* The mailed invitation: it reads the link without a session and offers sign-in or sign-up. */}
        <Route path="invite/:token" element={<invite.Page />} />
        <Route element={<RequireViewer />}>
          <Route index element={<home.Page />} />
          <Route path="s/:slug" element={<feed.Page />} />
          <Route path="s/:slug/propose" element={<propose.Page />} />
          <Route path="i/:id" element={<initiative.Page />} />
          <Route path="i/:id/edit" element={<editInitiative.Page />} />
          <Route path="hall-of-fame" element={<hallOfFame.Page />} />
          <Route path="people/:id" element={<profile.Page />} />
          <Route path="leaderboard" element={<leaderboard.Page />} />
          <Route path="challenges" element={<challenges.Page />} />
          <Route path="challenges/:id" element={<challenge.Page />} />
          <Route path="s/:slug/challenges/new" element={<launchChallenge.Page />} />
          <Route path="s/:slug/awaiting" element={<awaiting.Page />} />
          <Route path="s/:slug/roadmap" element={<roadmap.Page />} />
          <Route path="insights" element={<insights.Page />} />
          <Route path="notifications" element={<notifications.Page />} />
          <Route path="settings" element={<settings.Page />} />
          <Route path="s/:slug/you-said-we-did" element={<youSaidWeDid.Page />} />
          <Route path="admin" element={<Navigate to="/admin/spaces" replace />} />
          <Route path="admin/people" element={<adminPeople.Page />} />
          <Route path="admin/spaces" element={<adminSpaces.Page />} />
          <Route path="admin/spaces/:slug" element={<adminSpace.Page />} />
          <Route path="admin/audit" element={<adminAudit.Page />} />
          <Route path="admin/outbox" element={<adminOutbox.Page />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
