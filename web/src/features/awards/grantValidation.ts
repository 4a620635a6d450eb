import { AWARD_LIMITS } from '@red-chair/domain';

import type { Issues } from '../../app/forms';

/** The API's limits for a citation (GrantAwardInput.citation) and a revocation reason, from the domain. */
export const CITATION_MIN = AWARD_LIMITS.citationMin;
export const CITATION_MAX = AWARD_LIMITS.citationMax;
export const REVOKE_REASON_MAX = AWARD_LIMITS.revokeReasonMax;

export type GrantField = 'award' | 'citation';

export interface GrantValues {
  awardId: string;
  citation: string;
}

/** Checked before sending, as the API does: an award is chosen, the citation is 10 to 1000 characters once trimmed. */
export function validateGrant({ awardId, citation }: GrantValues): Issues<GrantField> {
  const issues: Issues<GrantField> = {};
  if (!awardId) issues.award = { key: 'validation.chooseOne' };
  const text = citation.trim();
  if (!text) issues.citation = { key: 'validation.required' };
  else if (text.length < CITATION_MIN || text.length > CITATION_MAX)
    issues.citation = { key: 'validation.lengthBetween', vars: { min: CITATION_MIN, max: CITATION_MAX } };
  return issues;
}

export function validateRevokeReason(reason: string): Issues<'reason'> {
  const text = reason.trim();
  if (!text) return { reason: { key: 'validation.required' } };
  if (text.length > REVOKE_REASON_MAX) return { reason: { key: 'validation.maxLength', vars: { max: REVOKE_REASON_MAX } } };
  return {};
}
