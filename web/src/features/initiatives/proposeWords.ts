import { defineWords } from '../../i18n/words';
import type english from './i18n/propose/en.json';

/** Proposing and editing an initiative, with the similar ideas shown while writing. */
export default defineWords<typeof english>({
  en: () => import('./i18n/propose/en.json'),
  fr: () => import('./i18n/propose/fr.json'),
});
