import { defineWords } from '../../i18n/words';
import type english from './i18n/en.json';

/** The red chair's presentation and "you said, we did": only their pages read these words. */
export default defineWords<typeof english>({
  en: () => import('./i18n/en.json'),
  fr: () => import('./i18n/fr.json'),
});
