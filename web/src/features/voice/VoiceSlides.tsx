import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { formatDate } from '../../i18n/format';
import { rich } from '../../i18n/rich';
import type { KeyOf } from '../../i18n/words';
import styles from './RedChair.module.css';
import type { useCustomerVoice } from './useCustomerVoice';
import { VoiceIdea } from './VoiceIdea';
import { daysPast } from './voicePeriod';
import voiceWords from './words';

export type Voice = NonNullable<ReturnType<typeof useCustomerVoice>['data']>['customerVoice'];

/** The slides after the title, in the order of the meeting: what came in, what moved people, what is late, what is done, their words. */
export const CONTENT_SLIDES = ['new', 'supported', 'overdue', 'review', 'implemented', 'quotes'] as const;
export type ContentSlide = (typeof CONTENT_SLIDES)[number];

export const SLIDE_TITLES: Record<ContentSlide, KeyOf<typeof voiceWords>> = {
  new: 'voice.new.title',
  supported: 'voice.supported.title',
  overdue: 'voice.overdue.title',
  review: 'voice.review.title',
  implemented: 'voice.implemented.title',
  quotes: 'voice.quotes.title',
};

/** Quotes get large type: a slide holds this many. */
const QUOTES_SHOWN = 6;

function Empty({ children }: { children: ReactNode }) {
  return <p className={styles.empty}>{children}</p>;
}

/** The body of one content slide (below its heading). */
export function SlideBody({ slide, voice }: { slide: ContentSlide; voice: Voice }) {
  const { t, locale } = voiceWords.useI18n();
  const average = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const now = new Date();
  switch (slide) {
    case 'new':
      return (
        <>
          <p className={styles.lead}>
            {t('voice.new.lead', { count: voice.newCustomerInitiativeCount })}
            {voice.newCustomerInitiativeCount > voice.newCustomerInitiatives.length
              ? ` ${t('voice.new.more', { shown: voice.newCustomerInitiatives.length })}`
              : null}
          </p>
          {voice.newCustomerInitiatives.length ? (
            <ul className={styles.ideas}>
              {voice.newCustomerInitiatives.map((idea) => (
                <VoiceIdea key={idea.id} initiative={idea} />
              ))}
            </ul>
          ) : (
            <Empty>{t('voice.new.empty')}</Empty>
          )}
        </>
      );
    case 'supported':
      return (
        <>
          <p className={styles.lead}>{t('voice.supported.lead')}</p>
          {voice.mostSupportedWithVotes.length ? (
            <ol className={styles.ideas}>
              {voice.mostSupportedWithVotes.map(({ initiative, votes }) => (
                <VoiceIdea
                  key={initiative.id}
                  initiative={initiative}
                  aside={<span className={styles.figureSmall}>{t('voice.supported.votes', { count: votes })}</span>}
                />
              ))}
            </ol>
          ) : (
            <Empty>{t('voice.supported.empty')}</Empty>
          )}
        </>
      );
    case 'overdue':
      return voice.overdue.length ? (
        <>
          <p className={`${styles.lead} ${styles.alarm}`}>
            {t('voice.overdue.lead', { count: voice.overdueCount })}
            {voice.overdueCount > voice.overdue.length ? ` ${t('voice.overdue.more', { shown: voice.overdue.length })}` : null}
          </p>
          <ol className={styles.ideas}>
            {voice.overdue.map((idea) => {
              const days = daysPast(idea.responseDueAt, now);
              return (
                <VoiceIdea
                  key={idea.id}
                  initiative={idea}
                  tone="late"
                  aside={
                    <strong className={styles.lateBadge}>
                      {days === 0 ? t('voice.overdue.lateToday') : t('voice.overdue.late', { count: days })}
                    </strong>
                  }
                />
              );
            })}
          </ol>
        </>
      ) : (
        <Empty>{t('voice.overdue.empty')}</Empty>
      );
    case 'review':
      return (
        <>
          <p className={styles.lead}>{t('voice.review.lead')}</p>
          {voice.needingReview.length ? (
            <ul className={styles.ideas}>
              {voice.needingReview.map((idea) => (
                <VoiceIdea
                  key={idea.id}
                  initiative={idea}
                  aside={
                    <span className={styles.figureSmall}>
                      {t('voice.review.rating', { average: average.format(idea.ratingAverage ?? 0), count: idea.ratingCount })}
                    </span>
                  }
                />
              ))}
            </ul>
          ) : (
            <Empty>{t('voice.review.empty')}</Empty>
          )}
        </>
      );
    case 'implemented':
      return (
        <>
          <p className={styles.lead}>{t('voice.implemented.lead')}</p>
          {voice.implemented.length ? (
            <ul className={`${styles.ideas} ${styles.wide}`}>
              {voice.implemented.map((idea) => (
                <VoiceIdea key={idea.id} initiative={idea}>
                  {idea.implementedAt ? (
                    <p className={styles.doneOn}>
                      <time dateTime={idea.implementedAt}>
                        {t('voice.implemented.on', { date: formatDate(idea.implementedAt, locale) })}
                      </time>
                    </p>
                  ) : null}
                  {idea.followUpNote ? (
                    <blockquote className={styles.note}>{idea.followUpNote}</blockquote>
                  ) : (
                    <p className={styles.noNote}>{t('voice.implemented.noNote')}</p>
                  )}
                </VoiceIdea>
              ))}
            </ul>
          ) : (
            <Empty>{t('voice.implemented.empty')}</Empty>
          )}
        </>
      );
    case 'quotes':
      return (
        <>
          <p className={styles.lead}>{t('voice.quotes.lead')}</p>
          {voice.customerQuotes.length ? (
            <ul className={styles.quotes}>
              {voice.customerQuotes.slice(0, QUOTES_SHOWN).map((quote) => (
                <li key={quote.id}>
                  <figure className={styles.quote}>
                    <blockquote className={styles.quoteText}>{quote.body}</blockquote>
                    <figcaption className={styles.quoteSource}>
                      {rich(t, 'voice.quotes.source', {
                        name: <span className={styles.quoteAuthor}>{quote.author.displayName}</span>,
                        initiative: <Link to={`/i/${quote.initiative.id}`}>{quote.initiative.title}</Link>,
                      })}
                    </figcaption>
                  </figure>
                </li>
              ))}
            </ul>
          ) : (
            <Empty>{t('voice.quotes.empty')}</Empty>
          )}
        </>
      );
  }
}
