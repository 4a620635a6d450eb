import { defineWords } from '../../i18n/words';
import type english from './i18n/en.json';

/** The sign-in, sign-up and password pages' words (and the invitation page's, which shares their layout). */
export default defineWords<typeof english>({
  en: () => import('./i18n/en.json'),
  fr: () => import('./i18n/fr.json'),
});
