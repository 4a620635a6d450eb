import { defineWords, type KeyOf } from '../../i18n/words';
import adminWords from './adminI18n';
import type english from './i18n/audit/en.json';

/** The console's audit log. */
export default defineWords<typeof english, KeyOf<typeof adminWords>>(
  { en: () => import('./i18n/audit/en.json'), fr: () => import('./i18n/audit/fr.json') },
  adminWords,
);
