import { USER_LIMITS } from '@red-chair/domain';

import type { Issues } from '../../app/forms';

export type ProfileField = 'displayName';
export type PasswordField = 'currentPassword' | 'newPassword';

export function validateProfile(values: Record<ProfileField, string>): Issues<ProfileField> {
  const issues: Issues<ProfileField> = {};
  const name = values.displayName.trim();
  if (!name) issues.displayName = { key: 'validation.required' };
  else if (name.length < USER_LIMITS.displayNameMin || name.length > USER_LIMITS.displayNameMax) {
    issues.displayName = { key: 'validation.lengthBetween', vars: { min: USER_LIMITS.displayNameMin, max: USER_LIMITS.displayNameMax } };
  }
  return issues;
}

export function validatePasswordChange(values: Record<PasswordField, string>): Issues<PasswordField> {
  const issues: Issues<PasswordField> = {};
  if (!values.currentPassword) issues.currentPassword = { key: 'validation.required' };
  if (!values.newPassword) issues.newPassword = { key: 'validation.required' };
  else if (values.newPassword.length < USER_LIMITS.passwordMin)
    issues.newPassword = { key: 'validation.minLength', vars: { min: USER_LIMITS.passwordMin } };
  else if (values.newPassword.length > USER_LIMITS.passwordMax)
    issues.newPassword = { key: 'validation.maxLength', vars: { max: USER_LIMITS.passwordMax } };
  return issues;
}
