import { Navigate, useLocation } from 'react-router';

import { useT } from '../i18n/context';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { signInPath } from './auth/next';
import { toProblem } from './errors';
import { NotFoundContent } from './NotFoundPage';

interface ProblemViewProps {
  error: unknown;
  /** Shown as "Try again" for problems that may pass (network, server). */
  onRetry?: () => void;
}

/**
 * The one place that decides how a failed read looks: a lost session goes back to sign in, a missing
 * (or hidden) object is a proper not-found page, anything else is a calm message with a retry.
 */
export function ProblemView({ error, onRetry }: ProblemViewProps) {
  const t = useT();
  const location = useLocation();
  const problem = toProblem(error);
  switch (problem.code) {
    case 'UNAUTHENTICATED':
      return <Navigate to={signInPath(location.pathname + location.search)} replace />;
    case 'NOT_FOUND':
      return <NotFoundContent />;
    case 'FORBIDDEN':
      return (
        <Alert tone="error" live="alert" title={t('errors.forbidden.title')}>
          <p>{problem.message || t('errors.forbidden.body')}</p>
        </Alert>
      );
    default:
      return (
        <Alert tone="error" live="alert" title={t(problem.code === 'NETWORK' ? 'errors.network.title' : 'errors.server.title')}>
          <p>{t(problem.code === 'NETWORK' ? 'errors.network.body' : 'errors.server.body')}</p>
          {onRetry ? (
            <div>
              <Button variant="secondary" size="small" onClick={onRetry}>
                {t('errors.retry')}
              </Button>
            </div>
          ) : null}
        </Alert>
      );
  }
}
