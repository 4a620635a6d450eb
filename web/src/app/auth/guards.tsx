import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router';

import { LoadingBlock } from '../../ui/Spinner';
import { ProblemView } from '../ProblemView';
import { safeNext, signInPath, type AuthLocationState } from './next';
import { useViewer } from './useViewer';

/** Pages for signed-in people: anyone else goes to sign in and comes back here afterwards. */
export function RequireViewer() {
  const { viewer, loading, error, refetch } = useViewer();
  const location = useLocation();
  if (loading) return <LoadingBlock />;
  if (error) return <ProblemView error={error} onRetry={() => void refetch()} />;
  if (!viewer) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  return <Outlet />;
}

/** Sign-in and sign-up: someone already signed in goes where they were heading (or home). */
export function AnonymousOnly() {
  const { viewer, loading } = useViewer();
  const location = useLocation();
  const [params] = useSearchParams();
  const signedOut = (location.state as AuthLocationState | null)?.signedOut === true;
  if (loading) return <LoadingBlock />;
  if (viewer && !signedOut) return <Navigate to={safeNext(params.get('next'))} replace />;
  return <Outlet />;
}
