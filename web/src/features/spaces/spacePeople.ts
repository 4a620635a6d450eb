import type { Translate } from '../../i18n/translate';

/**
 * Who sits at a space's table, said truthfully: an INVITE_ONLY space has members; in an OPEN space
 * anyone who sees it may take part, so it counts the people who did (proposed, voted or commented).
 */
export function spacePeople(
  t: Translate,
  space: { access: 'OPEN' | 'INVITE_ONLY'; memberCount: number; participantCount: number },
): string {
  return space.access === 'OPEN'
    ? t('space.participants', { count: space.participantCount })
    : t('space.members', { count: space.memberCount });
}
