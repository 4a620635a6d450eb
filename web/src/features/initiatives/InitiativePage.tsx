import { useCallback } from 'react';
import { useParams } from 'react-router';

import { useViewer } from '../../app/auth/useViewer';
import { toProblem } from '../../app/errors';
import { useLiveWatch, type LiveWatch } from '../../app/live/useLiveWatch';
import { NotFoundContent } from '../../app/NotFoundPage';
import { ProblemView } from '../../app/ProblemView';
import { useHashTarget } from '../../app/useHashTarget';
import { LoadingBlock } from '../../ui/Spinner';
import { InitiativeView } from './InitiativeView';
import { useInitiative } from './useInitiative';

/** `/i/:id`. A malformed id is as missing as a hidden one. */
export default function InitiativePage() {
  const { id = '' } = useParams();
  const { data, error, refetch } = useInitiative(id);
  const { viewer } = useViewer();
  // Signed-in people get changes pushed (the socket needs a session); the code loads after the page.
  const loadLive = useCallback(
    (): Promise<LiveWatch> =>
      import('./liveInitiative').then(
        ({ watchInitiative }) =>
          (client) =>
            watchInitiative(client, id),
      ),
    [id],
  );
  useLiveWatch(loadLive, !!viewer && !!data?.initiative);
  useHashTarget(); // a mailed link's #status-timeline or #comment-…

  if (error && !data?.initiative) {
    return toProblem(error).code === 'BAD_USER_INPUT' ? <NotFoundContent /> : <ProblemView error={error} onRetry={() => void refetch()} />;
  }
  if (!data) return <LoadingBlock />;
  if (!data.initiative) return <NotFoundContent />;
  return <InitiativeView initiative={data.initiative} />;
}
