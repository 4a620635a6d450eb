export const USER_LIMITS = {
  passwordMin: 10,
  /** argon2 hashes anything, but a megabyte password is an attack on the CPU, not a password. */
  passwordMax: 256,
  displayNameMin: 2,
  displayNameMax: 80,
  emailMax: 254,
} as const;

export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** Emails are unique case-insensitively; we keep what the person typed and compare this form. */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

/** Invitations to a space (docs/api.md#administration). */
export const INVITATION_LIMITS = {
  emailsPerCall: 200,
  validDays: 14,
} as const;
