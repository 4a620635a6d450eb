import { daysLate, lateness } from './lateness';
import insightWords from './words';

const due = '2026-11-21T09:00:00.000Z';
const at = (iso: string) => new Date(iso);

describe('lateness', () => {
  it('counts whole days past the due date', () => {
    expect(daysLate(due, at('2026-11-21T09:00:00.000Z'))).toBe(0);
    expect(daysLate(due, at('2026-11-22T08:59:59.000Z'))).toBe(0);
    expect(daysLate(due, at('2026-11-22T09:00:00.000Z'))).toBe(1);
    expect(daysLate(due, at('2026-11-24T12:00:00.000Z'))).toBe(3);
    expect(daysLate(due, at('2026-11-20T09:00:00.000Z'))).toBe(-1);
  });

  it('words it in English and French, plurals included', () => {
    const en = insightWords.translator('en');
    const fr = insightWords.translator('fr');
    const say = (now: string, t = en) => {
      const issue = lateness(due, at(now));
      return t(issue.key, issue.vars);
    };
    expect(say('2026-11-24T12:00:00.000Z')).toBe('3 days late');
    expect(say('2026-11-22T10:00:00.000Z')).toBe('1 day late');
    expect(say('2026-11-21T15:00:00.000Z')).toBe('Late since today');
    expect(say('2026-11-19T10:00:00.000Z')).toBe('Due in 2 days');
    expect(say('2026-11-24T12:00:00.000Z', fr)).toBe('3 jours de retard');
    expect(say('2026-11-22T10:00:00.000Z', fr)).toBe('1 jour de retard');
  });
});
