import { defineWords, type KeyOf } from '../../i18n/words';
import adminWords from './adminI18n';
import type english from './i18n/outbox/en.json';

/** The console's outbox of mails. */
export default defineWords<typeof english, KeyOf<typeof adminWords>>(
  { en: () => import('./i18n/outbox/en.json'), fr: () => import('./i18n/outbox/fr.json') },
  adminWords,
);
