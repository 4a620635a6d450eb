import { defineWords, type KeyOf } from '../../i18n/words';
import adminWords from './adminI18n';
import type english from './i18n/people/en.json';

/** The console's people page: listing, creating and importing people. */
export default defineWords<typeof english, KeyOf<typeof adminWords>>(
  { en: () => import('./i18n/people/en.json'), fr: () => import('./i18n/people/fr.json') },
  adminWords,
);
