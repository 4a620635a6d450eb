import { defineWords } from '../../i18n/words';
import type english from './i18n/page/en.json';

/** An initiative's page: comments, ratings, awards, status changes, merging — what only that page shows. */
export default defineWords<typeof english>({
  en: () => import('./i18n/page/en.json'),
  fr: () => import('./i18n/page/fr.json'),
});
