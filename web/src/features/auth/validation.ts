import { USER_LIMITS } from '@red-chair/domain';

import type { Issues } from '../../app/forms';

export type SignInField = 'email' | 'password';
export type SignUpField = 'email' | 'password' | 'displayName';

// Deliberately loose (the server decides): something@something.
const EMAIL = /^[^\s@]+@[^\s@]+$/;

export function validateSignIn(values: Record<SignInField, string>): Issues<SignInField> {
  const issues: Issues<SignInField> = {};
  if (!values.email.trim()) issues.email = { key: 'validation.required' };
  if (!values.password) issues.password = { key: 'validation.required' };
  return issues;
}

export function validateSignUp(values: Record<SignUpField, string>): Issues<SignUpField> {
  const issues: Issues<SignUpField> = {};
  const email = values.email.trim();
  if (!email) issues.email = { key: 'validation.required' };
  else if (!EMAIL.test(email) || email.length > USER_LIMITS.emailMax) issues.email = { key: 'validation.email' };

  if (!values.password) issues.password = { key: 'validation.required' };
  else if (values.password.length < USER_LIMITS.passwordMin)
    issues.password = { key: 'validation.minLength', vars: { min: USER_LIMITS.passwordMin } };
  else if (values.password.length > USER_LIMITS.passwordMax)
    issues.password = { key: 'validation.maxLength', vars: { max: USER_LIMITS.passwordMax } };

  const name = values.displayName.trim();
  if (!name) issues.displayName = { key: 'validation.required' };
  else if (name.length < USER_LIMITS.displayNameMin || name.length > USER_LIMITS.displayNameMax) {
    issues.displayName = { key: 'validation.lengthBetween', vars: { min: USER_LIMITS.displayNameMin, max: USER_LIMITS.displayNameMax } };
  }
  return issues;
}

export type ResetRequestField = 'email';
export type NewPasswordField = 'password';

export function validateResetRequest(values: Record<ResetRequestField, string>): Issues<ResetRequestField> {
  const email = values.email.trim();
  if (!email) return { email: { key: 'validation.required' } };
  if (!EMAIL.test(email) || email.length > USER_LIMITS.emailMax) return { email: { key: 'validation.email' } };
  return {};
}

export function validateNewPassword(values: Record<NewPasswordField, string>): Issues<NewPasswordField> {
  if (!values.password) return { password: { key: 'validation.required' } };
  if (values.password.length < USER_LIMITS.passwordMin)
    return { password: { key: 'validation.minLength', vars: { min: USER_LIMITS.passwordMin } } };
  if (values.password.length > USER_LIMITS.passwordMax)
    return { password: { key: 'validation.maxLength', vars: { max: USER_LIMITS.passwordMax } } };
  return {};
}
