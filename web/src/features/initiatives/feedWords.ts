import { defineWords } from '../../i18n/words';
import type english from './i18n/feed/en.json';

/** A space's feed: its toolbar, search and results. */
export default defineWords<typeof english>({
  en: () => import('./i18n/feed/en.json'),
  fr: () => import('./i18n/feed/fr.json'),
});
