import { defineWords, type KeyOf } from '../../i18n/words';
import adminWords from './adminI18n';
import type english from './i18n/invite/en.json';

/** The page of a mailed invitation to a space. */
export default defineWords<typeof english, KeyOf<typeof adminWords>>(
  { en: () => import('./i18n/invite/en.json'), fr: () => import('./i18n/invite/fr.json') },
  adminWords,
);
