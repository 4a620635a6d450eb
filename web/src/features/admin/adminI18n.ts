import { defineWords } from '../../i18n/words';
import type english from './i18n/en.json';

/**
 * The console's words live with its chunks, not in the shell every page downloads: only admins and
 * managers read them. Each language's file loads once, with a console page's chunk or as it first renders.
 */
const adminWords = defineWords<typeof english>({
  en: () => import('./i18n/en.json'),
  fr: () => import('./i18n/fr.json'),
});
export default adminWords;

export type AdminMessageKey = Parameters<AdminTranslate>[0];
export type AdminTranslate = ReturnType<typeof adminWords.useT>;

export const { load, useI18n: useAdminI18n, useT: useAdminT } = adminWords;
