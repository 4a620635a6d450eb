import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

import { isManager } from '@red-chair/domain';

import { useViewer } from '../../app/auth/useViewer';
import { LanguageSwitch } from '../../app/layout/LanguageSwitch';
import { NotFoundContent } from '../../app/NotFoundPage';
import { PageHeading } from '../../app/PageHeading';
import { ProblemView } from '../../app/ProblemView';
import { formatDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { LoadingBlock } from '../../ui/Spinner';
import { Select, TextField } from '../../ui/TextField';
import { useSpaceOptions } from '../spaces/useSpaceOptions';
import styles from './RedChair.module.css';
import { slideMove } from './slideKeys';
import { useCustomerVoice } from './useCustomerVoice';
import { isoDay, isVoicePeriod, VOICE_PERIODS, voiceRange, type VoicePeriod } from './voicePeriod';
import { CONTENT_SLIDES, SLIDE_TITLES, SlideBody, type Voice } from './VoiceSlides';
import voiceWords from './words';

const SLIDE_COUNT = CONTENT_SLIDES.length + 1;
const DAY = 24 * 3600 * 1000;

/** `?space=&period=7d|30d|custom&from=&to=`: what the presentation covers, kept in the URL so a link opens the same meeting. */
function useVoiceParams() {
  const [params, setParams] = useSearchParams();
  const periodParam = params.get('period');
  const period: VoicePeriod = isVoicePeriod(periodParam) ? periodParam : '7d';
  const today = new Date();
  const custom = { from: params.get('from') ?? isoDay(new Date(today.getTime() - 7 * DAY)), to: params.get('to') ?? isoDay(today) };
  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value && !(name === 'period' && value === '7d')) next.set(name, value);
      else next.delete(name);
    }
    setParams(next, { replace: true });
  };
  return { spaceId: params.get('space') || null, period, custom, set };
}

/** The title slide: the period and its figures, and what to present. */
function TitleSlide({ voice, headingId }: { voice: Voice | undefined; headingId: string }) {
  const { t, locale } = voiceWords.useI18n();
  const { spaceId, period, custom, set } = useVoiceParams();
  const spaces = useSpaceOptions();
  const range = voiceRange(period, custom);
  const figures = voice
    ? ([
        ['proposed', voice.counts.proposed],
        ['answered', voice.counts.answered],
        ['implemented', voice.counts.implemented],
        ['votes', voice.counts.votes],
        ['comments', voice.counts.comments],
      ] as const)
    : [];
  const number = new Intl.NumberFormat(locale);
  return (
    <>
      <p className={styles.kicker}>{voice?.space?.name ?? t('voice.allSpaces')}</p>
      <h2 id={headingId} className={styles.slideTitle}>
        {t('voice.title')}
      </h2>
      {voice ? (
        <p className={styles.range}>
          {t('voice.range', {
            from: formatDate(voice.from, locale),
            // `to` is excluded: the period ends the moment before.
            to: formatDate(new Date(Date.parse(voice.to) - 1).toISOString(), locale),
          })}
        </p>
      ) : null}
      {voice ? (
        <dl className={styles.figures} aria-label={t('voice.figures')}>
          {figures.map(([name, value]) => (
            <div key={name} className={styles.figure}>
              <dt className={styles.figureLabel}>{t(`voice.count.${name}`, { count: value })}</dt>
              <dd className={styles.figureValue}>{number.format(value)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <form className={styles.settings} aria-label={t('voice.settings')} onSubmit={(event) => event.preventDefault()}>
        <Select
          label={t('voice.space')}
          value={spaceId ?? ''}
          onChange={(event) => set({ space: event.target.value })}
          options={[
            { value: '', label: t('voice.allSpaces') },
            ...(spaces.data?.spaces ?? []).map((space) => ({ value: space.id, label: space.name })),
          ]}
        />
        <Select
          label={t('voice.period')}
          value={period}
          onChange={(event) => set({ period: event.target.value })}
          options={VOICE_PERIODS.map((value) => ({ value, label: t(`voice.period.${value}`) }))}
        />
        {period === 'custom' ? (
          <>
            <TextField type="date" label={t('voice.from')} value={custom.from} onChange={(event) => set({ from: event.target.value })} />
            <TextField
              type="date"
              label={t('voice.to')}
              value={custom.to}
              onChange={(event) => set({ to: event.target.value })}
              error={range.ok ? undefined : t(range.problem)}
            />
          </>
        ) : null}
      </form>
    </>
  );
}

/**
 * `/red-chair` (MANAGER, ADMIN): the customer's voice as a full-screen presentation for the first five
 * minutes of a leadership meeting, one section a slide. Keys: see slideMove; Escape goes back.
 */
export default function RedChairPage() {
  const { t } = voiceWords.useI18n();
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const location = useLocation();
  const { spaceId, period, custom } = useVoiceParams();
  const range = voiceRange(period, custom);
  const manages = !!viewer && isManager(viewer.role);
  const query = useCustomerVoice({ spaceId, from: range.ok ? range.from : null, to: range.ok ? range.to : null }, !manages || !range.ok);
  const voice = query.data?.customerVoice;
  const [current, setCurrent] = useState(0);
  const [fullscreen, setFullscreen] = useState(false);
  const deck = useRef<HTMLElement>(null);
  const slideRef = useRef<HTMLElement>(null);
  const headingId = useId();

  // Back where they came from; opened directly (a bookmark, a new tab), to the insights. Read once: the
  // pickers replace the URL, which gives the location a new key.
  const [cameFromApp] = useState(() => location.key !== 'default');
  const leave = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    if (cameFromApp) void navigate(-1);
    else void navigate('/insights');
  }, [cameFromApp, navigate]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const move = slideMove(event, current, SLIDE_COUNT);
      if (!move) return;
      event.preventDefault();
      if ('leave' in move) leave();
      else setCurrent(move.go);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [current, leave]);

  useEffect(() => {
    const onChange = () => setFullscreen(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  // A slide that goes away takes its focused link with it: focus moves to the new slide, not to the page's start.
  useEffect(() => {
    if (!deck.current?.contains(document.activeElement)) slideRef.current?.focus({ preventScroll: true });
  }, [current]);

  if (!manages)
    return (
      <main id="main" className={styles.denied}>
        <NotFoundContent />
      </main>
    );

  const slide = current === 0 ? null : CONTENT_SLIDES[current - 1];
  const title = slide ? t(SLIDE_TITLES[slide]) : t('voice.title');
  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void deck.current?.requestFullscreen().catch(() => undefined);
  };

  return (
    <main id="main" ref={deck} className={styles.deck}>
      <header className={styles.toolbar}>
        <PageHeading className={styles.brand} documentTitle={t('voice.documentTitle')}>
          {t('voice.kicker')}
        </PageHeading>
        <p className={styles.counter} aria-hidden="true">
          {t('voice.counter', { current: current + 1, total: SLIDE_COUNT })}
        </p>
        <p className="rc-visually-hidden" aria-live="polite">
          {t('voice.counterAnnounced', { current: current + 1, total: SLIDE_COUNT, title })}
        </p>
        <div className={styles.tools}>
          <LanguageSwitch />
          {document.fullscreenEnabled ? (
            <Button variant="secondary" size="small" aria-pressed={fullscreen} onClick={toggleFullscreen}>
              {fullscreen ? t('voice.exitFullscreen') : t('voice.fullscreen')}
            </Button>
          ) : null}
          <Button variant="ghost" size="small" onClick={leave}>
            {t('voice.leave')}
          </Button>
        </div>
      </header>

      <section
        key={current}
        ref={slideRef}
        className={[styles.slide, slide === 'overdue' && styles.overdueSlide].filter(Boolean).join(' ')}
        aria-labelledby={`${headingId}-${current}`}
        tabIndex={-1}
      >
        {current === 0 ? (
          <TitleSlide voice={voice} headingId={`${headingId}-${current}`} />
        ) : (
          <>
            <h2 id={`${headingId}-${current}`} className={styles.slideTitle}>
              {title}
            </h2>
            {query.error && !voice ? (
              <ProblemView error={query.error} onRetry={() => void query.refetch()} />
            ) : !voice ? (
              range.ok ? (
                <LoadingBlock />
              ) : (
                <p className={styles.empty}>{t(range.problem)}</p>
              )
            ) : (
              <SlideBody slide={slide!} voice={voice} />
            )}
          </>
        )}
        {current === 0 && query.error && !voice ? <ProblemView error={query.error} onRetry={() => void query.refetch()} /> : null}
      </section>

      <footer className={styles.footer}>
        <Button variant="secondary" disabled={current === 0} onClick={() => setCurrent(current - 1)}>
          <span aria-hidden="true">← </span>
          {t('voice.previous')}
        </Button>
        <p className={styles.keys}>{t('voice.keys')}</p>
        <Button variant="primary" disabled={current === SLIDE_COUNT - 1} onClick={() => setCurrent(current + 1)}>
          {t('voice.next')}
          <span aria-hidden="true"> →</span>
        </Button>
      </footer>
    </main>
  );
}
