import { use, useMemo } from 'react';

import type { Locale } from '@red-chair/domain';

import { useI18n } from './context';
import { detectLocale } from './locale';
import { createTranslator, DICTIONARIES, type Message, type MessageKey, type Vars } from './translate';

/** A translator that knows the core words and a feature's own. */
export type FeatureTranslate<Key extends string> = (key: Key, vars?: Vars) => string;

/** A feature's words: loaded with its pages, not in the shell every page downloads. */
export interface Words<Key extends string> {
  /** Loads a language's words (once); a page's route starts it alongside its chunk, tests before rendering. */
  load(locale: Locale): Promise<void>;
  /** A language's words (its parent's and its own, not the core's), loaded once. */
  dictionary(locale: Locale): Promise<Record<string, Message>>;
  /** The translator of the feature's components: core words and the feature's. Suspends while they load. */
  useI18n(): { t: FeatureTranslate<Key>; locale: Locale };
  useT(): FeatureTranslate<Key>;
  /** A translator outside React (tests): core words and the feature's, once loaded (keys until then). */
  translator(locale: Locale): FeatureTranslate<Key>;
}

/** Every feature's words that have been asked for, so that switching language loads theirs too. */
const inUse = new Set<Pick<Words<string>, 'load'>>();

/** Loads, in `locale`, the words of every feature read so far: a language switch then shows no fallback. */
export function loadWordsInUse(locale: Locale): Promise<unknown> {
  return Promise.all([...inUse].map((words) => words.load(locale)));
}

type Loader<Dictionary> = () => Promise<{ default: Dictionary }>;

/**
 * Defines a feature's words from each language's JSON file (a chunk of its own). `English` is the
 * reference: the French file must have every key (a type error otherwise; the i18n spec checks the reverse).
 * A part of a feature (one console page) may keep its words apart from the rest of the feature's, its
 * `parent`: its translator knows both, and loading it loads both, side by side.
 */
export function defineWords<English extends Record<keyof English, Message>, ParentKey extends string = never>(
  loaders: { en: Loader<English>; fr: Loader<English> },
  parent?: Words<ParentKey>,
): Words<MessageKey | ParentKey | (keyof English & string)> {
  type Key = MessageKey | ParentKey | (keyof English & string);
  const loaded: Partial<Record<Locale, Record<string, Message>>> = {};
  const loading: Partial<Record<Locale, Promise<Record<string, Message>>>> = {};

  const fetchWords = (locale: Locale): Promise<Record<string, Message>> => {
    inUse.add(words);
    return (loading[locale] ??= Promise.all([
      parent?.dictionary(locale),
      // Vite gives the JSON as the module's default; Jest's CommonJS interop may hand the object itself.
      loaders[locale]().then((module) => (module.default ?? module) as Record<string, Message>),
    ]).then(
      ([inherited, own]) => (loaded[locale] = { ...inherited, ...own }),
      (error: unknown) => {
        delete loading[locale]; // a later render tries again
        throw error;
      },
    ));
  };

  const translator = (locale: Locale, own: Record<string, Message> | undefined) =>
    createTranslator(locale, { ...(DICTIONARIES[locale] as Record<string, Message>), ...own }) as FeatureTranslate<Key>;

  const words: Words<Key> = {
    load: (locale) => fetchWords(locale).then(() => undefined),
    dictionary: fetchWords,
    // Reads the words at each call: a translator made before they load (a spec's module scope) still works.
    translator: (locale) => (key, vars) => translator(locale, loaded[locale])(key, vars),
    useI18n() {
      const { locale } = useI18n();
      const own = loaded[locale] ?? use(fetchWords(locale));
      const t = useMemo(() => translator(locale, own), [locale, own]);
      return { t, locale };
    },
    useT: () => words.useI18n().t,
  };
  return words;
}

/**
 * A lazy part's chunk with the words it says, fetched side by side in the reader's language: for React.lazy
 * (or a route), so the part renders once both are here and never suspends again for its words.
 */
export function withWords<Module>(
  chunk: Promise<Module>,
  ...words: (() => Promise<{ default: Pick<Words<string>, 'load'> }>)[]
): Promise<Module> {
  return Promise.all([chunk, ...words.map((wordsModule) => wordsModule().then((module) => module.default.load(detectLocale())))]).then(
    ([module]) => module,
  );
}

/** The keys a feature's translator takes (core and its own), for helpers that receive its `t`. */
export type KeyOf<W> = W extends Words<infer Key> ? Key : never;
export type TranslateOf<W> = FeatureTranslate<KeyOf<W>>;
