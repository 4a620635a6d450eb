import { useEffect, useState } from 'react';

import styles from './Challenges.module.css';
import { coarseRemaining, countdownParts, formatCountdown } from './countdown';
import { usePrefersReducedMotion } from './usePrefersReducedMotion';
import challengeWords from './words';

interface CountdownProps {
  /** When it opens (UPCOMING) or closes (OPEN). */
  target: string;
  kind: 'opens' | 'closes';
  /** Called once when the target passes (to refresh the challenge's state). */
  onElapsed?: () => void;
}

/**
 * A live countdown. The ticking clock is hidden from screen readers (it would be read every second);
 * they get a coarse sentence ("Closes in about 3 days") that is not a live region. With reduced
 * motion it ticks once a minute, without seconds.
 */
export function Countdown({ target, kind, onElapsed }: CountdownProps) {
  const t = challengeWords.useT();
  const reduced = usePrefersReducedMotion();
  const [now, setNow] = useState(() => new Date());
  const parts = countdownParts(target, now);
  const elapsed = new Date(target).getTime() <= now.getTime();

  useEffect(() => {
    if (elapsed) return;
    const id = window.setInterval(() => setNow(new Date()), reduced ? 60_000 : 1000);
    return () => window.clearInterval(id);
  }, [reduced, elapsed]);

  useEffect(() => {
    if (elapsed) onElapsed?.();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [elapsed]);

  return (
    <div className={styles.countdown}>
      <span className={styles.countdownLabel} aria-hidden="true">
        {t(kind === 'opens' ? 'challenge.opensIn' : 'challenge.closesIn')}
      </span>
      <span className={styles.clock} aria-hidden="true">
        {formatCountdown(parts, t, !reduced)}
      </span>
      <span className="rc-visually-hidden">
        {t(kind === 'opens' ? 'challenge.opensInSr' : 'challenge.closesInSr', { time: coarseRemaining(parts, t) })}
      </span>
    </div>
  );
}
