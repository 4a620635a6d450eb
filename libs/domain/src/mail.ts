/** Where a message of the outbox stands (docs/api.md#mail). */
export const OUTBOX_STATES = ['PENDING', 'SENT', 'FAILED', 'NOT_SENT'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** What a mail is about; each kind has its own words in each language. */
export const MAIL_KINDS = ['PASSWORD_RESET', 'INVITATION', 'NOTIFICATION', 'DIGEST', 'CUSTOMER_VOICE', 'ACCOUNT_EXISTS'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/** How often a person is mailed their notifications (docs/api.md#mail). */
export const EMAIL_FREQUENCIES = ['INSTANT', 'DAILY', 'WEEKLY', 'NEVER'] as const;
export type EmailFrequency = (typeof EMAIL_FREQUENCIES)[number];

/** Digests leave at this hour of the reader's own time zone (WEEKLY: on Mondays). */
export const DIGEST_HOUR = 8;

/** Whether `zone` is an IANA time zone this runtime knows ("Europe/Paris", "UTC"). */
export function isTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
