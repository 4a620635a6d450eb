import { defineWords } from '../../i18n/words';
import type english from './i18n/en.json';

/** The insights and awaiting-response pages' words. */
export default defineWords<typeof english>({
  en: () => import('./i18n/en.json'),
  fr: () => import('./i18n/fr.json'),
});
