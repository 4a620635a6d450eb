/** Where a message of the outbox stands (docs/api.md#mail). */
export const OUTBOX_STATES = ['PENDING', 'SENT', 'FAILED', 'NOT_SENT'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** What a mail is about; each kind has its own words in each language. */
export const MAIL_KINDS = ['PASSWORD_RESET', 'INVITATION', 'NOTIFICATION', 'DIGEST', 'CUSTOMER_VOICE'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];
