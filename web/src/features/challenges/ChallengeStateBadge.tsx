import type { ChallengeState } from '../../gql/graphql';
import { Badge, type BadgeTone } from '../../ui/Badge';
import challengeWords from './words';

const TONE: Record<ChallengeState, BadgeTone> = { UPCOMING: 'info', OPEN: 'green', CLOSED: 'slate' };

export function ChallengeStateBadge({ state }: { state: ChallengeState }) {
  const t = challengeWords.useT();
  return (
    <Badge tone={TONE[state]} dot>
      {t(`challenge.state.${state}`)}
    </Badge>
  );
}
