import { useParams } from 'react-router';
import { toProblem } from '../../app/errors';
import { NotFoundContent } from '../../app/NotFoundPage';
import { ProblemView } from '../../app/ProblemView';
import { LoadingBlock } from '../../ui/Spinner';
import { InitiativeView } from './InitiativeView';
import { useInitiative } from './useInitiative';

/** `/i/:id`. A malformed id is as missing as a hidden one. */
export default function InitiativePage() {
  const { id = '' } = useParams();
  const { data, error, refetch } = useInitiative(id);

  if (error && !data?.initiative) {
    return toProblem(error).code === 'BAD_USER_INPUT' ? <NotFoundContent /> : <ProblemView error={error} onRetry={() => void refetch()} />;
  }
  if (!data) return <LoadingBlock />;
  if (!data.initiative) return <NotFoundContent />;
  return <InitiativeView initiative={data.initiative} />;
}
