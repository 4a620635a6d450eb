import { AWARD_LIMITS } from '@red-chair/domain';

import type { Issues } from '../../app/forms';

export type AwardField = 'name' | 'description';

export interface AwardValues {
  name: string;
  description: string;
}

/** Checked before sending, as the API does (CreateAwardInput): a name of 2 to 80 characters, a description of at most 1000, both trimmed. */
export function validateAward({ name, description }: AwardValues): Issues<AwardField> {
  const issues: Issues<AwardField> = {};
  const L = AWARD_LIMITS;
  const text = name.trim();
  if (!text) issues.name = { key: 'validation.required' };
  else if (text.length < L.nameMin || text.length > L.nameMax)
    issues.name = { key: 'validation.lengthBetween', vars: { min: L.nameMin, max: L.nameMax } };
  if (description.trim().length > L.descriptionMax) issues.description = { key: 'validation.maxLength', vars: { max: L.descriptionMax } };
  return issues;
}
