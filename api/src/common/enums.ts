import { registerEnumType } from '@nestjs/graphql';
import { INITIATIVE_STATUSES, ORIENTATIONS, ROLES, SPACE_ACCESSES, SPACE_KINDS } from '@red-chair/domain';

/** GraphQL enums built from the domain's lists, so the schema and the rules cannot drift apart. */
const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const RoleEnum = asEnum(ROLES);
export const SpaceKindEnum = asEnum(SPACE_KINDS);
export const SpaceAccessEnum = asEnum(SPACE_ACCESSES);
export const InitiativeStatusEnum = asEnum(INITIATIVE_STATUSES);
export const OrientationEnum = asEnum(ORIENTATIONS);

registerEnumType(RoleEnum, { name: 'Role', description: 'Managers and admins are employees too.' });
registerEnumType(SpaceKindEnum, { name: 'SpaceKind' });
registerEnumType(SpaceAccessEnum, { name: 'SpaceAccess' });
registerEnumType(InitiativeStatusEnum, { name: 'InitiativeStatus' });
registerEnumType(OrientationEnum, { name: 'Orientation', description: 'Who an initiative serves.' });
