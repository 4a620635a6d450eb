import { normalizeEmail } from '@red-chair/domain';

import type { AppConfig } from '../config/config';

/**
 * With OIDC_ONLY=1 passwords are off — sign-in, sign-up and reset links — except for the bootstrap
 * administrator, who must still get in when the provider is down or misconfigured.
 */
export function passwordsAllowedFor(config: AppConfig, email: string): boolean {
  if (!config.oidc?.only) return true;
  return config.bootstrapAdmin !== undefined && normalizeEmail(config.bootstrapAdmin.email) === normalizeEmail(email);
}
