import { INITIATIVE_LIMITS, INITIATIVE_STATUSES, STATUS_MOVES } from '@red-chair/domain';

import {
  DEFAULT_SEED,
  initiativeText,
  parseSeedArgs,
  Rng,
  seedPerson,
  SeedUsageError,
  spread,
  statusJourney,
  timesAfter,
  trendingLog,
} from './seed-data';

describe('seed generators', () => {
  it('reads the flags of npm run seed, with small defaults', () => {
    expect(parseSeedArgs([])).toEqual(DEFAULT_SEED);
    expect(parseSeedArgs(['--initiatives', '100000', '--users', '20000', '--votes', '1000000', '--comments', '200000', '--force'])).toEqual(
      {
        initiatives: 100000,
        users: 20000,
        votes: 1000000,
        comments: 200000,
        force: true,
      },
    );
    for (const wrong of [['--votes'], ['--votes', 'many'], ['--likes', '3'], ['--users', '2']])
      expect(() => parseSeedArgs(wrong)).toThrow(SeedUsageError);
  });

  it('takes every initiative through moves the workflow allows, SUBMITTED first', () => {
    const rng = new Rng(1);
    for (const status of INITIATIVE_STATUSES) {
      for (let i = 0; i < 50; i += 1) {
        const journey = statusJourney(rng, status);
        expect(journey[0]).toBe('SUBMITTED');
        expect(journey[journey.length - 1]).toBe(status);
        for (let m = 1; m < journey.length; m += 1) {
          const allowed =
            journey[m] === 'MERGED'
              ? ['SUBMITTED', 'UNDER_REVIEW', 'SELECTED', 'IN_PROGRESS'].includes(journey[m - 1])
              : STATUS_MOVES[journey[m - 1]].includes(journey[m]);
          expect(allowed).toBe(true);
        }
      }
    }
  });

  it('spreads votes Zipf-like: the total, within caps, none where the weight is zero, a few very popular', () => {
    const n = 1000;
    const weights = Array.from({ length: n }, (_, i) => (i % 20 === 0 ? 0 : 1));
    const counts = spread(new Rng(2), weights, Array(n).fill(300), 20000);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(20000);
    expect(Math.max(...counts)).toBeLessThanOrEqual(300);
    expect(counts.filter((c, i) => weights[i] === 0 && c > 0)).toEqual([]);
    const sorted = [...counts].sort((a, b) => b - a);
    expect(sorted[0]).toBeGreaterThan(20 * sorted[n / 2]);
  });

  it('draws distinct people and sorted times after the start', () => {
    const rng = new Rng(3);
    const people = Array.from({ length: 100 }, (_, i) => i);
    for (const k of [0, 5, 60, 100]) expect(new Set(rng.sample(people, k)).size).toBe(k);
    const times = timesAfter(rng, 1000, 1000 + 86_400_000, 50);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times.every((t) => t > 1000 && t <= 1000 + 86_400_000)).toBe(true);
  });

  it('writes titles, bodies and tags the API would accept, in French and English', () => {
    const rng = new Rng(4);
    const texts = Array.from({ length: 500 }, () => initiativeText(rng));
    for (const text of texts) {
      expect(text.title.length).toBeGreaterThanOrEqual(INITIATIVE_LIMITS.titleMin);
      expect(text.title.length).toBeLessThanOrEqual(INITIATIVE_LIMITS.titleMax);
      expect(text.body.length).toBeLessThanOrEqual(INITIATIVE_LIMITS.bodyMax);
      expect(text.tags.length).toBeLessThanOrEqual(INITIATIVE_LIMITS.tagsMax);
      for (const tag of text.tags) expect(tag).toMatch(INITIATIVE_LIMITS.tagPattern);
    }
    expect(new Set(texts.map((t) => t.title)).size).toBeGreaterThan(300);
    expect(new Set(texts.map((t) => t.locale))).toEqual(new Set(['fr', 'en']));
    expect(texts.some((t) => t.body.length > 1000)).toBe(true);
  });

  it('makes person 1 an employee and mostly employees overall', () => {
    const rng = new Rng(5);
    expect(seedPerson(rng, 1)).toMatchObject({ role: 'EMPLOYEE', email: 'seed-user-1@redchair.test' });
    const roles = Array.from({ length: 2000 }, (_, i) => seedPerson(rng, i + 2).role);
    expect(roles.filter((r) => r === 'EMPLOYEE').length).toBeGreaterThan(1000);
    expect(new Set(roles)).toEqual(new Set(['EMPLOYEE', 'CUSTOMER', 'MANAGER', 'ADMIN']));
  });

  it('scores votes like the database: ln Σ e^x without overflow, NULL without votes', () => {
    expect(trendingLog([])).toBeNull();
    const jan1 = Date.UTC(2026, 0, 1);
    expect(trendingLog([jan1])).toBe(0);
    expect(trendingLog([jan1, jan1])).toBeCloseTo(Math.log(2), 12);
    // Five years on, e^x alone would overflow; the log does not.
    expect(trendingLog([jan1 + 5 * 365 * 86_400_000])).toBeCloseTo((5 * 365) / 3, 9);
  });
});
