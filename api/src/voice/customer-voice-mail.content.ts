import { fillIn, type Locale } from '@red-chair/domain';

import { layOut, type MailContent, type MailSection } from '../mail/mail-layout';
import type { CustomerVoiceModel } from './customer-voice.model';

export interface VoiceMailLinks {
  to: (path: string) => string;
  settings: string;
  unsubscribe: string;
}

const WORDS = {
  en: {
    subject: 'The customer’s voice this week — proposed: {proposed}, awaiting an answer: {overdue}',
    heading: 'The red chair: what customers said this week',
    intro: 'Ideas proposed: {proposed} · answered: {answered} · implemented: {implemented} · votes: {votes} · comments: {comments}.',
    overdue: 'Overdue for an answer ({count})',
    overdueItem: 'days late: {days} · votes: {votes}',
    newIdeas: 'New ideas for customers',
    supported: 'Most supported this week',
    implemented: 'Implemented',
    votes: 'votes: {votes}',
    answer: 'Answer it',
    open: 'Open it',
    quotes: 'Customer comments this week: {count}. Read them in their own words in the red chair.',
    action: 'Open the red chair',
    reason: 'You get this every Monday because you manage spaces in Red Chair.',
    settings: 'Email settings',
    unsubscribe: 'Unsubscribe',
  },
  fr: {
    subject: 'La voix du client cette semaine — proposées : {proposed}, en attente de réponse : {overdue}',
    heading: 'La chaise rouge : ce que les clients ont dit cette semaine',
    intro:
      'Idées proposées : {proposed} · avec réponse : {answered} · réalisées : {implemented} · votes : {votes} · commentaires : {comments}.',
    overdue: 'En retard de réponse ({count})',
    overdueItem: 'jours de retard : {days} · votes : {votes}',
    newIdeas: 'Nouvelles idées pour les clients',
    supported: 'Les plus soutenues cette semaine',
    implemented: 'Réalisées',
    votes: 'votes : {votes}',
    answer: 'Y répondre',
    open: 'L’ouvrir',
    quotes: 'Commentaires de clients cette semaine : {count}. Lisez-les dans leurs mots dans la chaise rouge.',
    action: 'Ouvrir la chaise rouge',
    reason: 'Vous recevez ce message chaque lundi parce que vous animez des espaces dans Red Chair.',
    settings: 'Réglages des e-mails',
    unsubscribe: 'Se désabonner',
  },
} as const;

const say = (locale: Locale, key: keyof (typeof WORDS)['en'], vars: Record<string, string | number> = {}) =>
  fillIn(WORDS[locale][key], vars);

const DAY = 24 * 3600 * 1000;

/** Whether the week holds anything worth a Monday mail: a quiet week sends nothing. */
export const worthMailing = (voice: CustomerVoiceModel): boolean =>
  voice.overdueCount > 0 || Object.values(voice.counts).some((count) => count > 0) || voice.needingReview.length > 0;

/** The Monday mail: the same content as /red-chair, overdue ideas first because that is the point. */
export function customerVoiceMail(voice: CustomerVoiceModel, locale: Locale, links: VoiceMailLinks): MailContent {
  const { counts } = voice;
  const sections: MailSection[] = [];
  if (voice.overdue.length) {
    sections.push({
      title: say(locale, 'overdue', { count: voice.overdueCount }),
      url: links.to('/red-chair'),
      items: voice.overdue.map((initiative) => ({
        at: say(locale, 'overdueItem', {
          days: Math.max(1, Math.floor((voice.to.getTime() - initiative.responseDueAt.getTime()) / DAY)),
          votes: initiative.voteCount,
        }),
        text: initiative.title,
        link: { label: say(locale, 'answer'), url: links.to(`/i/${initiative.id}`) },
      })),
    });
  }
  const list = (title: string, items: { id: string; title: string; voteCount: number }[]) => {
    if (items.length === 0) return;
    sections.push({
      title,
      url: links.to('/red-chair'),
      items: items.map((initiative) => ({
        at: say(locale, 'votes', { votes: initiative.voteCount }),
        text: initiative.title,
        link: { label: say(locale, 'open'), url: links.to(`/i/${initiative.id}`) },
      })),
    });
  };
  list(say(locale, 'newIdeas'), voice.newCustomerInitiatives);
  list(say(locale, 'supported'), voice.mostSupported);
  list(say(locale, 'implemented'), voice.implemented);
  const paragraphs = [say(locale, 'intro', { ...counts })];
  if (voice.customerQuotes.length) paragraphs.push(say(locale, 'quotes', { count: voice.customerQuotes.length }));
  return layOut({
    locale,
    subject: say(locale, 'subject', { proposed: counts.proposed, overdue: voice.overdueCount }),
    preview: say(locale, 'intro', { ...counts }),
    heading: say(locale, 'heading'),
    paragraphs,
    sections,
    action: { label: say(locale, 'action'), url: links.to('/red-chair') },
    reason: say(locale, 'reason'),
    footer: [
      { label: say(locale, 'settings'), url: links.settings },
      { label: say(locale, 'unsubscribe'), url: links.unsubscribe },
    ],
  });
}
