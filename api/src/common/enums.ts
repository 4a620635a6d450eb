import { registerEnumType } from '@nestjs/graphql';

import {
  EMAIL_FREQUENCIES,
  INITIATIVE_STATUSES,
  MAIL_KINDS,
  ORIENTATIONS,
  OUTBOX_STATES,
  ROLES,
  SPACE_ACCESSES,
  SPACE_KINDS,
} from '@red-chair/domain';

/** GraphQL enums built from the domain's lists, so the schema and the rules cannot drift apart. */
const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const RoleEnum = asEnum(ROLES);
export const SpaceKindEnum = asEnum(SPACE_KINDS);
export const SpaceAccessEnum = asEnum(SPACE_ACCESSES);
export const InitiativeStatusEnum = asEnum(INITIATIVE_STATUSES);
export const OrientationEnum = asEnum(ORIENTATIONS);
export const OutboxStateEnum = asEnum(OUTBOX_STATES);
export const MailKindEnum = asEnum(MAIL_KINDS);
export const EmailFrequencyEnum = asEnum(EMAIL_FREQUENCIES);

registerEnumType(RoleEnum, { name: 'Role', description: 'Managers and admins are employees too.' });
registerEnumType(SpaceKindEnum, { name: 'SpaceKind' });
registerEnumType(SpaceAccessEnum, { name: 'SpaceAccess' });
registerEnumType(InitiativeStatusEnum, { name: 'InitiativeStatus' });
registerEnumType(OrientationEnum, { name: 'Orientation', description: 'Who an initiative serves.' });
registerEnumType(OutboxStateEnum, { name: 'OutboxState', description: 'NOT_SENT: kept in the outbox because no SMTP_URL is set.' });
registerEnumType(MailKindEnum, { name: 'MailKind' });
registerEnumType(EmailFrequencyEnum, {
  name: 'EmailFrequency',
  description: 'How often notifications are mailed: each within a minute, a morning digest, a Monday digest, or never.',
});
