import { defineWords, type KeyOf } from '../../i18n/words';
import adminWords from './adminI18n';
import type english from './i18n/spaces/en.json';

/** The console's spaces pages: creating spaces, their settings, members and invitations. */
export default defineWords<typeof english, KeyOf<typeof adminWords>>(
  { en: () => import('./i18n/spaces/en.json'), fr: () => import('./i18n/spaces/fr.json') },
  adminWords,
);
