import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';

import type { Locale } from '@red-chair/domain';

import { useI18n } from './context';
import { I18nProvider } from './I18nProvider';
import { defineWords, type Words } from './words';

/**
 * Words defined by earlier tests stay "in use" (a language switch loads them): once their test is over, their
 * files arrive at once.
 */
const finished: (() => void)[] = [];
afterEach(() => finished.forEach((finish) => finish()));

/** Each language's file as a promise the test settles: when the words "arrive" is the test's to say. */
function controlledLoaders<Dictionary>(files: Record<Locale, Dictionary>) {
  const calls: Locale[] = [];
  const pending = new Map<Locale, { resolve: () => void; reject: (error: Error) => void }>();
  let over = false;
  finished.push(() => {
    over = true;
    for (const file of pending.values()) file.resolve();
  });
  const loader = (locale: Locale) => () =>
    new Promise<{ default: Dictionary }>((resolve, reject) => {
      calls.push(locale);
      if (over) resolve({ default: files[locale] });
      else pending.set(locale, { resolve: () => resolve({ default: files[locale] }), reject });
    });
  const settle = (locale: Locale, error?: Error) => {
    const file = pending.get(locale)!;
    pending.delete(locale);
    if (error) file.reject(error);
    else file.resolve();
  };
  return { loaders: { en: loader('en'), fr: loader('fr') }, calls, settle };
}

const FEATURE = {
  en: { 'test.greeting': 'Hello {name}' },
  fr: { 'test.greeting': 'Bonjour {name}' },
};
const PART = {
  en: { 'test.part': 'A part' },
  fr: { 'test.part': 'Une partie' },
};

function Greeting({ words }: { words: Words<'test.greeting' | 'app.name'> }) {
  const t = words.useT();
  return (
    <p>
      {t('test.greeting', { name: 'Camille' })} · {t('app.name')}
    </p>
  );
}

function LanguageButton() {
  const { setLocale } = useI18n();
  return (
    <button type="button" onClick={() => setLocale('fr')}>
      fr
    </button>
  );
}

describe('defineWords', () => {
  afterEach(() => localStorage.clear());

  it('suspends until the feature’s words are here, then says them with the core words', async () => {
    const file = controlledLoaders(FEATURE);
    const words = defineWords<(typeof FEATURE)['en']>(file.loaders);
    // React 19 wants a render that suspends inside an awaited act.
    await act(async () => {
      render(
        <I18nProvider initialLocale="en">
          <Suspense fallback={<p>loading</p>}>
            <Greeting words={words} />
          </Suspense>
        </I18nProvider>,
      );
    });
    expect(screen.getByText('loading')).toBeInTheDocument();
    expect(file.calls).toEqual(['en']); // only the reader's language
    await act(async () => {
      file.settle('en');
      await words.load('en');
    });
    expect(await screen.findByText('Hello Camille · Red Chair')).toBeInTheDocument();
  });

  it('loads each language once, and tries again after a failure', async () => {
    const file = controlledLoaders(FEATURE);
    const words = defineWords<(typeof FEATURE)['en']>(file.loaders);
    const first = words.load('en');
    const same = words.load('en');
    file.settle('en', new Error('offline'));
    await expect(first).rejects.toThrow('offline');
    await expect(same).rejects.toThrow('offline');
    const again = words.load('en');
    file.settle('en');
    await expect(again).resolves.toBeUndefined();
    expect(file.calls).toEqual(['en', 'en']);
    expect(words.translator('en')('test.greeting', { name: 'Sam' })).toBe('Hello Sam');
  });

  it('gives a part its parent’s words too, both loading side by side', async () => {
    const parentFile = controlledLoaders(FEATURE);
    const partFile = controlledLoaders(PART);
    const parent = defineWords<(typeof FEATURE)['en']>(parentFile.loaders);
    const part = defineWords<(typeof PART)['en'], 'test.greeting'>(partFile.loaders, parent);
    const loaded = part.load('fr');
    expect([parentFile.calls, partFile.calls]).toEqual([['fr'], ['fr']]);
    partFile.settle('fr');
    parentFile.settle('fr');
    await loaded;
    const t = part.translator('fr');
    expect([t('test.part'), t('test.greeting', { name: 'Lou' }), t('app.name')]).toEqual(['Une partie', 'Bonjour Lou', 'Red Chair']);
  });

  it('loads the words of the features read so far before switching language: no fallback, no keys', async () => {
    const file = controlledLoaders(FEATURE);
    const words = defineWords<(typeof FEATURE)['en']>(file.loaders);
    const loaded = words.load('en');
    file.settle('en');
    await loaded;
    await act(async () => {
      render(
        <I18nProvider initialLocale="en">
          <LanguageButton />
          <Suspense fallback={<p>loading</p>}>
            <Greeting words={words} />
          </Suspense>
        </I18nProvider>,
      );
    });
    expect(screen.getByText('Hello Camille · Red Chair')).toBeInTheDocument();
    act(() => screen.getByRole('button', { name: 'fr' }).click());
    expect(file.calls).toEqual(['en', 'fr']);
    // Until the French words are here, the page stays in English rather than suspending.
    expect(screen.getByText('Hello Camille · Red Chair')).toBeInTheDocument();
    await act(async () => {
      file.settle('fr');
      await words.load('fr');
    });
    expect(await screen.findByText('Bonjour Camille · Red Chair')).toBeInTheDocument();
    expect(screen.queryByText('loading')).not.toBeInTheDocument();
  });
});
