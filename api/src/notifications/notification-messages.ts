import { fillIn, NOTIFICATION_TEXTS, STATUS_LABELS, type InitiativeStatus, type Locale, type NotificationTexts } from '@red-chair/domain';

import type { NotificationKind } from './notification.entity';

export interface MessageFacts {
  kind: NotificationKind;
  actor: string | null;
  title: string | null;
  status: string | null;
  detail: string | null;
}

const isStatus = (status: string): status is InitiativeStatus => `status.${status}` in STATUS_LABELS.en;

/** A status inside a sentence: the web app's label, lower-cased ("Under review" → "under review"). */
function statusInSentence(status: string | null, locale: Locale): string {
  if (!status) return '';
  if (!isStatus(status)) return status;
  return STATUS_LABELS[locale][`status.${status}`].toLocaleLowerCase(locale);
}

const withDetail = (sentence: string, detail: string | null) => (detail ? `${sentence} ${detail}` : sentence);

/** The sentence a person reads for a notification, in their language (the shared catalogue's words). */
export function notificationMessage(facts: MessageFacts, locale: Locale): string {
  const say = (key: keyof NotificationTexts) => NOTIFICATION_TEXTS[locale][key];
  const values = {
    actor: facts.actor ?? say('notification.someone'),
    title: facts.title ? fillIn(say('notification.title'), { title: facts.title }) : '',
    status: statusInSentence(facts.status, locale),
    detail: facts.detail ?? '',
  };
  switch (facts.kind) {
    case 'COMMENTED':
      return fillIn(say(facts.detail ? 'notification.COMMENTED.withDetail' : 'notification.COMMENTED'), values);
    case 'NEEDS_REVIEW':
      return fillIn(say('notification.NEEDS_REVIEW'), values);
    default:
      return withDetail(fillIn(say(`notification.${facts.kind}`), values), facts.detail);
  }
}
