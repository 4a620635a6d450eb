import { fillIn, type EmailFrequency, type Locale } from '@red-chair/domain';

import { layOut, type MailContent, type MailSection } from '../mail/mail-layout';
import { notificationMessage } from '../notifications/notification-messages';
import type { MailableNotification } from './notification-mail.repository';

/** Absolute links of one reader's mail. */
export interface ReaderLinks {
  /** An absolute URL for an app path (from PUBLIC_URL). */
  to: (path: string) => string;
  settings: string;
  unsubscribe: string;
}

const TEXTS = {
  en: {
    openInitiative: 'Open the initiative',
    readComment: 'Read the comment',
    readAnswer: 'Read the answer',
    openChallenge: 'See the challenge',
    newChallenge: 'A new challenge in {space}',
    challengeSubject: 'A new challenge in {space}: {title}',
    becauseInitiative: 'You get this because you follow “{title}”.',
    becauseParticipant: 'You get this because you voted on or commented “{title}”.',
    becauseSpace: 'You get this because you follow the space {space}.',
    becauseManager: 'You get this because you manage the space {space}.',
    changeInSettings: 'Change how often you hear from us in Settings.',
    settings: 'Email settings',
    unsubscribe: 'Unsubscribe',
    dailySubject: 'Your daily digest: {count}',
    weeklySubject: 'Your weekly digest: {count}',
    one: '1 update',
    many: '{n} updates',
    dailyHeading: 'What happened since yesterday',
    weeklyHeading: 'What happened this week',
    digestIntro: 'Here is what changed on the initiatives and spaces you follow.',
    becauseDaily: 'You get this daily digest because you follow these initiatives and spaces.',
    becauseWeekly: 'You get this weekly digest because you follow these initiatives and spaces.',
  },
  fr: {
    openInitiative: 'Voir l’initiative',
    readComment: 'Lire le commentaire',
    readAnswer: 'Lire la réponse',
    openChallenge: 'Voir le défi',
    newChallenge: 'Un nouveau défi dans {space}',
    challengeSubject: 'Un nouveau défi dans {space} : {title}',
    becauseInitiative: 'Vous recevez ce message parce que vous suivez « {title} ».',
    becauseParticipant: 'Vous recevez ce message parce que vous avez voté pour « {title} » ou l’avez commentée.',
    becauseSpace: 'Vous recevez ce message parce que vous suivez l’espace {space}.',
    becauseManager: 'Vous recevez ce message parce que vous gérez l’espace {space}.',
    changeInSettings: 'Choisissez la fréquence de ces e-mails dans vos Réglages.',
    settings: 'Réglages des e-mails',
    unsubscribe: 'Se désabonner',
    dailySubject: 'Votre résumé du jour : {count}',
    weeklySubject: 'Votre résumé de la semaine : {count}',
    one: '1 nouvelle',
    many: '{n} nouvelles',
    dailyHeading: 'Ce qui s’est passé depuis hier',
    weeklyHeading: 'Ce qui s’est passé cette semaine',
    digestIntro: 'Voici ce qui a changé sur les initiatives et les espaces que vous suivez.',
    becauseDaily: 'Vous recevez ce résumé quotidien parce que vous suivez ces initiatives et ces espaces.',
    becauseWeekly: 'Vous recevez ce résumé hebdomadaire parce que vous suivez ces initiatives et ces espaces.',
  },
} as const satisfies Record<Locale, Record<string, string>>;

type Key = keyof (typeof TEXTS)['en'];
const say = (locale: Locale, key: Key, values: Record<string, string> = {}): string => fillIn(TEXTS[locale][key], values);

/** The sentence of the bell, in the reader's language; a challenge's heading already says it opened, so its title. */
const sentence = (n: MailableNotification): string =>
  n.kind === 'CHALLENGE_OPENED' && n.title
    ? n.title
    : notificationMessage({ kind: n.kind, actor: n.actor_name, title: n.title, status: n.status, detail: n.detail }, n.locale);

/** Where a notification leads: the initiative, straight to the comment or the answer when there is one. */
function target(n: MailableNotification, links: ReaderLinks): { url: string; label: string } {
  if (n.challenge_id && !n.initiative_id) return { url: links.to(`/challenges/${n.challenge_id}`), label: say(n.locale, 'openChallenge') };
  const page = `/i/${n.initiative_id}`;
  if (n.kind === 'COMMENTED' && n.comment_id)
    return { url: links.to(`${page}#comment-${n.comment_id}`), label: say(n.locale, 'readComment') };
  if (n.kind === 'STATUS_CHANGED') return { url: links.to(`${page}#status-timeline`), label: say(n.locale, 'readAnswer') };
  return { url: links.to(page), label: say(n.locale, 'openInitiative') };
}

/** Why this reader was told. */
function reason(n: MailableNotification): string {
  const title = n.title ?? '';
  switch (n.kind) {
    case 'CHALLENGE_OPENED':
    case 'INITIATIVE_PROPOSED':
      return say(n.locale, 'becauseSpace', { space: n.space_name });
    case 'NEEDS_REVIEW':
      return say(n.locale, 'becauseManager', { space: n.space_name });
    default:
      return say(n.locale, n.follows_initiative ? 'becauseInitiative' : 'becauseParticipant', { title });
  }
}

const footer = (locale: Locale, links: ReaderLinks) => [
  { label: say(locale, 'settings'), url: links.settings },
  { label: say(locale, 'unsubscribe'), url: links.unsubscribe },
];

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** One notification, mailed as it happens. */
export function instantMail(n: MailableNotification, links: ReaderLinks): MailContent {
  const message = sentence(n);
  const subject = n.kind === 'CHALLENGE_OPENED' ? say(n.locale, 'challengeSubject', { space: n.space_name, title: message }) : message;
  const heading = n.kind === 'CHALLENGE_OPENED' ? say(n.locale, 'newChallenge', { space: n.space_name }) : (n.title ?? message);
  const action = target(n, links);
  return layOut({
    locale: n.locale,
    subject: shorten(subject, 140),
    preview: shorten(message, 120),
    heading,
    paragraphs: [message],
    action,
    reason: `${reason(n)} ${say(n.locale, 'changeInSettings')}`,
    footer: footer(n.locale, links),
  });
}

/** Every waiting notification of one reader, grouped by what they are about, oldest first. */
export function digestMail(
  items: MailableNotification[],
  frequency: Extract<EmailFrequency, 'DAILY' | 'WEEKLY'>,
  links: ReaderLinks,
): MailContent {
  const locale = items[0].locale;
  const zone = items[0].time_zone;
  // A day and a time, in the reader's zone: a daily digest spans two dates, a weekly one seven.
  const when = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    timeZone: zone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  const sections = new Map<string, MailSection>();
  for (const n of items) {
    const key = n.initiative_id ?? `challenge:${n.challenge_id}`;
    const link = target(n, links);
    let section = sections.get(key);
    if (!section) {
      const title = n.kind === 'CHALLENGE_OPENED' ? say(locale, 'newChallenge', { space: n.space_name }) : (n.title ?? '');
      const page = n.initiative_id ? links.to(`/i/${n.initiative_id}`) : link.url;
      section = { title, url: page, items: [] };
      sections.set(key, section);
    }
    section.items.push({ text: sentence(n), link: link.url === section.url ? undefined : link, at: when.format(n.created_at) });
  }
  const count = items.length === 1 ? say(locale, 'one') : say(locale, 'many', { n: String(items.length) });
  const daily = frequency === 'DAILY';
  return layOut({
    locale,
    subject: say(locale, daily ? 'dailySubject' : 'weeklySubject', { count }),
    preview: shorten([...sections.values()].map((section) => section.title).join(' · '), 120),
    heading: say(locale, daily ? 'dailyHeading' : 'weeklyHeading'),
    paragraphs: [say(locale, 'digestIntro')],
    sections: [...sections.values()],
    reason: `${say(locale, daily ? 'becauseDaily' : 'becauseWeekly')} ${say(locale, 'changeInSettings')}`,
    footer: footer(locale, links),
  });
}
