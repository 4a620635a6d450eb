import { INITIATIVE_LIMITS as L, normalizeTags, type Orientation } from '@red-chair/domain';

import type { Issues } from '../../app/forms';

export type ProposeField = 'title' | 'body' | 'orientation' | 'tags';

export interface ProposeValues {
  title: string;
  body: string;
  orientation: Orientation | null;
  /** As typed: comma-separated. */
  tags: string;
}

/** "Checkout, saturday,, Checkout" → ["checkout", "saturday"]: the API's own normalisation. */
export const parseTags = (input: string): string[] => normalizeTags(input.split(','));

export const isValidTag = (tag: string): boolean => tag.length >= L.tagMin && tag.length <= L.tagMax && L.tagPattern.test(tag);

/** The same limits the API enforces (`@red-chair/domain`), checked before sending. */
export function validatePropose(values: ProposeValues): Issues<ProposeField> {
  const issues: Issues<ProposeField> = {};
  const title = values.title.trim();
  if (!title) issues.title = { key: 'validation.required' };
  else if (title.length < L.titleMin || title.length > L.titleMax)
    issues.title = { key: 'validation.lengthBetween', vars: { min: L.titleMin, max: L.titleMax } };

  const body = values.body.trim();
  if (body.length < L.bodyMin) issues.body = { key: 'validation.required' };
  else if (body.length > L.bodyMax) issues.body = { key: 'validation.maxLength', vars: { max: L.bodyMax } };

  if (!values.orientation) issues.orientation = { key: 'validation.chooseOne' };

  const tags = parseTags(values.tags);
  const invalid = tags.find((tag) => !isValidTag(tag));
  if (tags.length > L.tagsMax) issues.tags = { key: 'validation.tooManyTags', vars: { max: L.tagsMax, count: tags.length } };
  else if (invalid) issues.tags = { key: 'validation.badTag', vars: { tag: invalid, max: L.tagMax } };
  return issues;
}
