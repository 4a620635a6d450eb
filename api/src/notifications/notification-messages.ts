import type { Locale } from '@red-chair/domain';
import type { NotificationKind } from './notification.entity';

export interface MessageFacts {
  kind: NotificationKind;
  actor: string | null;
  title: string | null;
  status: string | null;
  detail: string | null;
}

const STATUS_LABELS: Record<Locale, Record<string, string>> = {
  en: {
    SUBMITTED: 'submitted',
    UNDER_REVIEW: 'under review',
    SELECTED: 'selected',
    IN_PROGRESS: 'in progress',
    IMPLEMENTED: 'implemented',
    DECLINED: 'declined',
    MERGED: 'merged',
  },
  fr: {
    SUBMITTED: 'soumise',
    UNDER_REVIEW: 'à l’étude',
    SELECTED: 'retenue',
    IN_PROGRESS: 'en cours',
    IMPLEMENTED: 'réalisée',
    DECLINED: 'déclinée',
    MERGED: 'fusionnée',
  },
};

const withDetail = (sentence: string, detail: string | null) => (detail ? `${sentence} ${detail}` : sentence);

/** The sentence a person reads for a notification, in their language. */
export function notificationMessage(facts: MessageFacts, locale: Locale): string {
  const actor = facts.actor ?? (locale === 'fr' ? 'Quelqu’un' : 'Someone');
  const title = facts.title ? (locale === 'fr' ? `« ${facts.title} »` : `“${facts.title}”`) : '';
  const status = facts.status ? (STATUS_LABELS[locale][facts.status] ?? facts.status) : '';
  if (locale === 'fr') {
    switch (facts.kind) {
      case 'STATUS_CHANGED':
        return withDetail(`${actor} a passé ${title} au statut ${status}.`, facts.detail);
      case 'COMMENTED':
        return facts.detail ? `${actor} a commenté ${title} : ${facts.detail}` : `${actor} a commenté ${title}.`;
      case 'MERGED':
        return withDetail(`${actor} a fusionné ${title} avec une initiative semblable.`, facts.detail);
      case 'AWARDED':
        return withDetail(`${title} a reçu une distinction.`, facts.detail);
      case 'NEEDS_REVIEW':
        return `${title} est mal notée et doit être revue.`;
      case 'CHALLENGE_OPENED':
        return withDetail('Un nouveau défi est ouvert.', facts.detail);
    }
  }
  switch (facts.kind) {
    case 'STATUS_CHANGED':
      return withDetail(`${actor} moved ${title} to ${status}.`, facts.detail);
    case 'COMMENTED':
      return facts.detail ? `${actor} commented on ${title}: ${facts.detail}` : `${actor} commented on ${title}.`;
    case 'MERGED':
      return withDetail(`${actor} merged ${title} into a similar initiative.`, facts.detail);
    case 'AWARDED':
      return withDetail(`${title} received an award.`, facts.detail);
    case 'NEEDS_REVIEW':
      return `${title} is rated low and needs a review.`;
    case 'CHALLENGE_OPENED':
      return withDetail('A new challenge is open.', facts.detail);
  }
}
