import { defineWords } from '../../i18n/words';
import type english from './i18n/en.json';

/** Challenges' words: their pages, the launch form, and the strip of a space's challenges on its feed. */
export default defineWords<typeof english>({
  en: () => import('./i18n/en.json'),
  fr: () => import('./i18n/fr.json'),
});
