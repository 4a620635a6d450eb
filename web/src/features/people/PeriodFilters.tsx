import { useSearchParams } from 'react-router';

import { Select } from '../../ui/TextField';
import { isPeriod, PERIODS, type Period } from '../insights/periods';
import { useSpaceOptions } from '../spaces/useSpaceOptions';
import styles from './People.module.css';
import peopleWords from './words';

/** `?space=&period=` from the URL: the scope of the leaderboard and the insights dashboard. */
export function usePeriodParams(): { spaceId: string | null; period: Period; set: (name: 'space' | 'period', value: string) => void } {
  const [params, setParams] = useSearchParams();
  const periodParam = params.get('period');
  const period: Period = isPeriod(periodParam) ? periodParam : PERIODS[0];
  const set = (name: 'space' | 'period', value: string) => {
    const next = new URLSearchParams(params);
    if (value && !(name === 'period' && value === PERIODS[0])) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  return { spaceId: params.get('space') || null, period, set };
}

/** A space select ("All spaces" first) and a period select, side by side. */
export function PeriodFilters({
  label,
  spaceId,
  period,
  onChange,
}: {
  label: string;
  spaceId: string | null;
  period: Period;
  onChange: (name: 'space' | 'period', value: string) => void;
}) {
  const t = peopleWords.useT();
  const spaces = useSpaceOptions();
  const options = [
    { value: '', label: t('leaderboard.allSpaces') },
    ...(spaces.data?.spaces ?? []).map((space) => ({ value: space.id, label: space.name })),
  ];
  return (
    <div className={styles.filters} role="group" aria-label={label}>
      <Select
        label={t('leaderboard.space')}
        value={spaceId ?? ''}
        onChange={(event) => onChange('space', event.target.value)}
        options={options}
      />
      <Select
        label={t('leaderboard.period')}
        value={period}
        onChange={(event) => onChange('period', event.target.value)}
        options={PERIODS.map((value) => ({ value, label: t(`period.${value}`) }))}
      />
    </div>
  );
}
