import { coarseRemaining, countdownParts, formatCountdown } from './countdown';
import { validateLaunch } from './launchValidation';
import challengeWords from './words';

const en = challengeWords.translator('en');
const fr = challengeWords.translator('fr');
const now = new Date('2026-11-20T10:00:00.000Z');

describe('countdown', () => {
  it('splits the time left and never goes below zero', () => {
    expect(countdownParts('2026-11-23T14:05:09.000Z', now)).toEqual({ days: 3, hours: 4, minutes: 5, seconds: 9 });
    expect(countdownParts('2026-11-19T10:00:00.000Z', now)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 0 });
  });

  it('formats the clock with padded units, dropping leading zero units, and without seconds on request', () => {
    expect(formatCountdown({ days: 3, hours: 4, minutes: 5, seconds: 9 }, en)).toBe('3 d 04 h 05 min 09 s');
    expect(formatCountdown({ days: 0, hours: 0, minutes: 4, seconds: 7 }, en)).toBe('4 min 07 s');
    expect(formatCountdown({ days: 0, hours: 2, minutes: 0, seconds: 0 }, en, false)).toBe('2 h 00 min');
    expect(formatCountdown({ days: 1, hours: 0, minutes: 0, seconds: 0 }, fr, false)).toBe('1 j 00 h 00 min');
  });

  it('gives screen readers a coarse phrase that changes rarely', () => {
    expect(coarseRemaining({ days: 3, hours: 4, minutes: 5, seconds: 9 }, en)).toBe('about 3 days');
    expect(coarseRemaining({ days: 0, hours: 1, minutes: 59, seconds: 0 }, en)).toBe('about 1 hour');
    expect(coarseRemaining({ days: 0, hours: 0, minutes: 4, seconds: 7 }, en)).toBe('5 minutes');
    expect(coarseRemaining({ days: 0, hours: 0, minutes: 0, seconds: 1 }, fr)).toBe('1 minute');
  });
});

describe('validateLaunch', () => {
  const valid = { title: 'Saturday queues', brief: 'How do we halve them?', opensAt: '2026-12-01T09:00', closesAt: '2026-12-15T18:00' };

  it('accepts what the API accepts', () => {
    expect(validateLaunch(valid, now)).toEqual({});
  });

  it('mirrors the API: title 5–140, a brief, both dates, closing after opening and in the future', () => {
    expect(validateLaunch({ ...valid, title: 'Shop' }, now).title).toEqual({ key: 'validation.lengthBetween', vars: { min: 5, max: 140 } });
    expect(validateLaunch({ ...valid, brief: '   ' }, now).brief).toEqual({ key: 'validation.required' });
    expect(validateLaunch({ ...valid, opensAt: '' }, now).opensAt).toEqual({ key: 'launch.dateRequired' });
    expect(validateLaunch({ ...valid, closesAt: '2026-11-30T09:00' }, now).closesAt).toEqual({ key: 'launch.closesAfter' });
    expect(validateLaunch({ ...valid, opensAt: '2026-11-01T09:00', closesAt: '2026-11-10T09:00' }, now).closesAt).toEqual({
      key: 'launch.closesFuture',
    });
  });
});
