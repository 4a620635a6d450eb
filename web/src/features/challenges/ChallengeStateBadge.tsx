import type { ChallengeState } from '../../gql/graphql';
import { useT } from '../../i18n/context';
import { Badge, type BadgeTone } from '../../ui/Badge';

const TONE: Record<ChallengeState, BadgeTone> = { UPCOMING: 'info', OPEN: 'green', CLOSED: 'slate' };

export function ChallengeStateBadge({ state }: { state: ChallengeState }) {
  const t = useT();
  return (
    <Badge tone={TONE[state]} dot>
      {t(`challenge.state.${state}`)}
    </Badge>
  );
}
