import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { detectLocale } from './locale';
import { createTranslator, DICTIONARIES, interpolate, type Message, type PluralMessage } from './translate';

const placeholders = (message: Message): string[] => {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return [...new Set(texts.flatMap((text) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1])))].sort();
};

// The core words (with the shared catalogue's, as the app reads them) and each feature's (defineWords).
const features = join(__dirname, '../features');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, Message>;
const DICTIONARY_PAIRS: [string, Record<string, Message>, Record<string, Message>][] = [
  ['core', DICTIONARIES.en as Record<string, Message>, DICTIONARIES.fr as Record<string, Message>],
  ...readdirSync(features, { recursive: true, encoding: 'utf8' })
    .filter((file) => /(^|\/)i18n\/(.+\/)?en\.json$/.test(file))
    .sort()
    .map((file): [string, Record<string, Message>, Record<string, Message>] => [
      dirname(file),
      readJson(join(features, file)),
      readJson(join(features, dirname(file), 'fr.json')),
    ]),
];

it('finds the features’ words (the checks below run on each)', () => {
  expect(DICTIONARY_PAIRS.map(([name]) => name)).toEqual(
    expect.arrayContaining(['core', 'admin/i18n', 'voice/i18n', 'initiatives/i18n/feed']),
  );
});

it('says each key in one place: no feature repeats a core key or another feature’s', () => {
  const owners = new Map<string, string[]>();
  for (const [name, english] of DICTIONARY_PAIRS)
    for (const key of Object.keys(english)) owners.set(key, [...(owners.get(key) ?? []), name]);
  expect([...owners].filter(([, names]) => names.length > 1)).toEqual([]);
});

describe.each(DICTIONARY_PAIRS)('the %s dictionaries', (_name, english, french) => {
  it('have exactly the same keys in English and French', () => {
    expect(Object.keys(french).sort()).toEqual(Object.keys(english).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(english)) {
      expect({ key, names: placeholders(french[key]!) }).toEqual({ key, names: placeholders(english[key]!) });
    }
  });

  it('give every plural message an "other" form and the same kind (plural or not) in both languages', () => {
    for (const key of Object.keys(english)) {
      const a = english[key]!;
      const b = french[key]!;
      expect({ key, plural: typeof b === 'object' }).toEqual({ key, plural: typeof a === 'object' });
      if (typeof a === 'object') expect({ key, other: !!a.other && !!(b as PluralMessage).other }).toEqual({ key, other: true });
    }
  });

  it('never leave a message empty', () => {
    for (const dictionary of [english, french]) {
      for (const [key, message] of Object.entries(dictionary)) {
        const texts = typeof message === 'string' ? [message] : Object.values(message);
        for (const text of texts) expect({ key, empty: !text?.trim() }).toEqual({ key, empty: false });
      }
    }
  });
});

describe('translate', () => {
  it('interpolates {name} and leaves unknown placeholders visible', () => {
    expect(interpolate('by {name}', { name: 'Camille' }, 'en')).toBe('by Camille');
    expect(interpolate('by {name}', {}, 'en')).toBe('by {name}');
  });

  it('formats numbers for the locale', () => {
    expect(createTranslator('en')('space.members', { count: 1200 })).toBe('1,200 members');
    // French groups thousands with a narrow no-break space.
    expect(createTranslator('fr')('space.members', { count: 1200 })).toBe('1\u202f200 membres');
  });

  it('picks plural forms with each language’s rules', () => {
    const t = createTranslator('en');
    expect(t('initiative.votes', { count: 0 })).toBe('0 votes');
    expect(t('initiative.votes', { count: 1 })).toBe('1 vote');
    expect(t('initiative.votes', { count: 2 })).toBe('2 votes');
    const tFr = createTranslator('fr');
    expect(tFr('initiative.comments', { count: 0 })).toBe('0 commentaire'); // French: 0 is singular
    expect(tFr('initiative.comments', { count: 1 })).toBe('1 commentaire');
    expect(tFr('initiative.comments', { count: 3 })).toBe('3 commentaires');
  });

  it('speaks French with French typography', () => {
    const t = createTranslator('fr');
    expect(t('form.errorPrefix')).toBe('Erreur\u00a0:');
    expect(t('validation.badTag', { tag: 'a b', max: 32 })).toContain('«\u00a0a b\u00a0»');
  });

  it('says status labels from the shared catalogue', () => {
    expect(createTranslator('en')('status.UNDER_REVIEW')).toBe('Under review');
    expect(createTranslator('fr')('status.UNDER_REVIEW')).toBe('À l’étude');
  });

  it('answers the key itself for a key that does not exist (never a crash)', () => {
    const t = createTranslator('en');
    expect(t('nope' as never)).toBe('nope');
  });
});

describe('detectLocale', () => {
  it('prefers the stored choice, then the browser languages, then English', () => {
    expect(detectLocale('fr', ['en-GB'])).toBe('fr');
    expect(detectLocale(null, ['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(detectLocale('xx', ['en-US'])).toBe('en');
    expect(detectLocale(null, ['de'])).toBe('en');
  });
});
