import { INITIATIVE_STATUSES } from '../initiatives';
import { LOCALES } from '../users';
import { fillIn, NOTIFICATION_TEXTS, STATUS_LABELS } from './index';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe.each([
  ['status labels', STATUS_LABELS as Record<string, Record<string, string>>],
  ['notification texts', NOTIFICATION_TEXTS as Record<string, Record<string, string>>],
])('shared catalogue: %s', (_part, catalogue) => {
  const [reference, ...others] = LOCALES;

  it('has exactly the same keys in every language', () => {
    const keys = Object.keys(catalogue[reference]!).sort();
    for (const locale of others) expect({ locale, keys: Object.keys(catalogue[locale]!).sort() }).toEqual({ locale, keys });
  });

  it('uses the same placeholders in every language, and leaves no message empty', () => {
    for (const [key, text] of Object.entries(catalogue[reference]!)) {
      for (const locale of others) {
        const translated = catalogue[locale]![key] ?? '';
        expect({ key, locale, names: placeholders(translated) }).toEqual({ key, locale, names: placeholders(text) });
        expect({ key, locale, empty: !translated.trim() }).toEqual({ key, locale, empty: false });
      }
    }
  });
});

it('names every status in every language', () => {
  for (const locale of LOCALES)
    for (const status of INITIATIVE_STATUSES)
      expect({ locale, status, label: STATUS_LABELS[locale][`status.${status}`] }).toEqual({ locale, status, label: expect.any(String) });
});

describe('fillIn', () => {
  it('replaces each placeholder and leaves unknown ones visible', () => {
    expect(fillIn('{actor} moved {title}', { actor: 'Marc', title: '“Tills”' })).toBe('Marc moved “Tills”');
    expect(fillIn('{actor} moved {title}', { actor: 'Marc' })).toBe('Marc moved {title}');
  });

  it('takes a value as it is, even one that looks like a placeholder', () => {
    expect(fillIn('{title} received an award.', { title: '“{actor}”' })).toBe('“{actor}” received an award.');
  });
});
