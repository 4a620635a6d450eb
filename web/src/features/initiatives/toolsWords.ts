import { defineWords, type KeyOf } from '../../i18n/words';
import type english from './i18n/tools/en.json';
import initiativePageWords from './pageWords';

/**
 * The words of an initiative page's lazy parts (comments, ratings, merging, the status form, the grant, revoke
 * and withdraw dialogs): they load with those parts' chunks, not with the page.
 */
export default defineWords<typeof english, KeyOf<typeof initiativePageWords>>(
  { en: () => import('./i18n/tools/en.json'), fr: () => import('./i18n/tools/fr.json') },
  initiativePageWords,
);
