import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { AnonymousOnly, RequireViewer } from './auth/guards';
import { Layout } from './layout/Layout';
import NotFoundPage from './NotFoundPage';

// Every page is its own chunk: the first load carries only the shell and the page it shows.
// (The not-found page is part of the shell: any failed read may show it.)
const SignInPage = lazy(() => import('../features/auth/SignInPage'));
const SignUpPage = lazy(() => import('../features/auth/SignUpPage'));
const HomePage = lazy(() => import('../features/spaces/HomePage'));
const FeedPage = lazy(() => import('../features/initiatives/FeedPage'));
const ProposePage = lazy(() => import('../features/initiatives/ProposePage'));
const InitiativePage = lazy(() => import('../features/initiatives/InitiativePage'));
const EditInitiativePage = lazy(() => import('../features/initiatives/EditInitiativePage'));
const HallOfFamePage = lazy(() => import('../features/awards/HallOfFamePage'));
const ProfilePage = lazy(() => import('../features/people/ProfilePage'));
const LeaderboardPage = lazy(() => import('../features/people/LeaderboardPage'));
const ChallengesPage = lazy(() => import('../features/challenges/ChallengesPage'));
const ChallengePage = lazy(() => import('../features/challenges/ChallengePage'));
const LaunchChallengePage = lazy(() => import('../features/challenges/LaunchChallengePage'));
const AwaitingPage = lazy(() => import('../features/insights/AwaitingPage'));
const InsightsPage = lazy(() => import('../features/insights/InsightsPage'));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route element={<AnonymousOnly />}>
          <Route path="sign-in" element={<SignInPage />} />
          <Route path="sign-up" element={<SignUpPage />} />
        </Route>
        <Route element={<RequireViewer />}>
          <Route index element={<HomePage />} />
          <Route path="s/:slug" element={<FeedPage />} />
          <Route path="s/:slug/propose" element={<ProposePage />} />
          <Route path="i/:id" element={<InitiativePage />} />
          <Route path="i/:id/edit" element={<EditInitiativePage />} />
          <Route path="hall-of-fame" element={<HallOfFamePage />} />
          <Route path="people/:id" element={<ProfilePage />} />
          <Route path="leaderboard" element={<LeaderboardPage />} />
          <Route path="challenges" element={<ChallengesPage />} />
          <Route path="challenges/:id" element={<ChallengePage />} />
          <Route path="s/:slug/challenges/new" element={<LaunchChallengePage />} />
          <Route path="s/:slug/awaiting" element={<AwaitingPage />} />
          <Route path="insights" element={<InsightsPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
