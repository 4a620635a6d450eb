import { slideMove } from './slideKeys';
import { daysPast, voiceRange } from './voicePeriod';

describe('voiceRange', () => {
  const now = new Date('2026-11-30T15:20:00Z');

  it('leaves the last 7 days to the API and starts 30 days at the beginning of a UTC day', () => {
    expect(voiceRange('7d', { from: '', to: '' }, now)).toEqual({ ok: true, from: null, to: null });
    expect(voiceRange('30d', { from: '', to: '' }, now)).toEqual({ ok: true, from: '2026-10-31T00:00:00.000Z', to: null });
  });

  it('turns custom dates into whole days, the last one included', () => {
    expect(voiceRange('custom', { from: '2026-11-02', to: '2026-11-08' }, now)).toEqual({
      ok: true,
      from: '2026-11-02T00:00:00.000Z',
      to: '2026-11-09T00:00:00.000Z',
    });
    expect(voiceRange('custom', { from: '2026-11-02', to: '2026-11-02' }, now)).toMatchObject({ ok: true });
  });

  it('refuses what the API would refuse', () => {
    expect(voiceRange('custom', { from: '2026-11-08', to: '2026-11-02' }, now)).toEqual({ ok: false, problem: 'voice.periodInvalid' });
    expect(voiceRange('custom', { from: '2025-01-01', to: '2026-11-02' }, now)).toEqual({ ok: false, problem: 'voice.periodTooLong' });
    expect(voiceRange('custom', { from: '2025-12-01', to: '2026-11-30' }, now)).toMatchObject({ ok: true }); // 365 days
    expect(voiceRange('custom', { from: '', to: '2026-11-02' }, now)).toEqual({ ok: false, problem: 'voice.periodMissing' });
  });

  it('counts whole days late', () => {
    expect(daysPast('2026-11-27T15:20:00Z', now)).toBe(3);
    expect(daysPast('2026-11-30T10:00:00Z', now)).toBe(0);
    expect(daysPast('2026-12-01T10:00:00Z', now)).toBe(0);
  });
});

describe('slideMove', () => {
  const button = { tagName: 'BUTTON' } as unknown as EventTarget;
  const select = { tagName: 'SELECT' } as unknown as EventTarget;

  it('moves with arrows, a clicker and Space, and stops at both ends', () => {
    expect(slideMove({ key: 'ArrowRight' }, 2, 7)).toEqual({ go: 3 });
    expect(slideMove({ key: 'PageDown' }, 6, 7)).toEqual({ go: 6 });
    expect(slideMove({ key: ' ' }, 0, 7)).toEqual({ go: 1 });
    expect(slideMove({ key: 'ArrowLeft' }, 0, 7)).toEqual({ go: 0 });
    expect(slideMove({ key: 'PageUp' }, 4, 7)).toEqual({ go: 3 });
    expect(slideMove({ key: 'Home' }, 4, 7)).toEqual({ go: 0 });
    expect(slideMove({ key: 'End' }, 1, 7)).toEqual({ go: 6 });
    expect(slideMove({ key: 'Escape' }, 1, 7)).toEqual({ leave: true });
  });

  it('leaves their keys to form controls, buttons and modified keys', () => {
    expect(slideMove({ key: 'ArrowRight', target: select }, 1, 7)).toBeNull();
    expect(slideMove({ key: ' ', target: button }, 1, 7)).toBeNull();
    expect(slideMove({ key: 'ArrowRight', target: button }, 1, 7)).toEqual({ go: 2 });
    expect(slideMove({ key: 'ArrowLeft', altKey: true }, 1, 7)).toBeNull();
    expect(slideMove({ key: 'a' }, 1, 7)).toBeNull();
    expect(slideMove({ key: 'Escape', target: select }, 1, 7)).toEqual({ leave: true });
  });
});
