import { INVITATION_LIMITS, SPACE_LIMITS, USER_LIMITS, type Role, type SpaceAccess, type SpaceKind } from '@red-chair/domain';

import type { Issues } from '../../app/forms';
import { validateSignUp } from '../auth/validation';

/** How a new person gets a password: typed by the admin now, or chosen by them from a mailed link. */
export type PasswordChoice = 'LINK' | 'TYPED';

export type PersonField = 'email' | 'displayName' | 'role' | 'password';
export interface PersonValues {
  email: string;
  displayName: string;
  role: Role | '';
  passwordChoice: PasswordChoice;
  password: string;
}

/** The sign-up rules for the three shared fields; a role is required; a password only when typed. */
export function validatePerson(values: PersonValues): Issues<PersonField> {
  const { email, displayName, password } = validateSignUp({
    email: values.email,
    displayName: values.displayName,
    password: values.passwordChoice === 'TYPED' ? values.password : 'x'.repeat(USER_LIMITS.passwordMin),
  });
  const issues: Issues<PersonField> = {};
  if (email) issues.email = email;
  if (displayName) issues.displayName = displayName;
  if (!values.role) issues.role = { key: 'validation.chooseOne' };
  if (password) issues.password = password;
  return issues;
}

/** One CSV field, quoted when it holds a separator, a quote or a line break (RFC 4180). */
const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export const IMPORT_HEADER = 'email,displayName,role,spaces';

/** A one-person import: the API creates the account and mails them a link to choose their password. */
export const singlePersonCsv = ({ email, displayName, role }: Pick<PersonValues, 'email' | 'displayName'> & { role: Role }) =>
  `${IMPORT_HEADER}\n${[email.trim(), displayName.trim(), role, ''].map(csvField).join(',')}\n`;

/** The example file offered for download: the header and two people. */
export const EXAMPLE_CSV = `${IMPORT_HEADER}\nada@example.com,Ada Lovelace,EMPLOYEE,\ngrace@example.com,Grace Hopper,CUSTOMER,silver-lab;beta\n`;

export type SpaceField =
  'name' | 'slug' | 'description' | 'kind' | 'access' | 'responseSlaDays' | 'reviewBelowAverage' | 'reviewMinRatings';
/** Numbers stay text while typed: a half-typed "3." must not jump to 3. */
export interface SpaceValues {
  name: string;
  slug: string;
  description: string;
  kind: SpaceKind | '';
  access: SpaceAccess | '';
  responseSlaDays: string;
  reviewBelowAverage: string;
  reviewMinRatings: string;
}

const L = SPACE_LIMITS;

export const newSpaceValues = (): SpaceValues => ({
  name: '',
  slug: '',
  description: '',
  kind: '',
  access: '',
  responseSlaDays: String(L.responseSlaDaysDefault),
  reviewBelowAverage: String(L.reviewBelowAverageDefault),
  reviewMinRatings: String(L.reviewMinRatingsDefault),
});

/** A slug proposed from the name while the admin has not typed one: "Silver Lab" → "silver-lab". */
export const slugFrom = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, L.slugMax)
    .replace(/-+$/, '');

const INTEGER = /^\d+$/;
const DECIMAL = /^\d+(?:[.,]\d{1,2})?$/;

/** The contract's rules for a space (CreateSpaceInput), mirrored so the form answers before the API does. */
export function validateSpace(values: SpaceValues, { creating }: { creating: boolean }): Issues<SpaceField> {
  const issues: Issues<SpaceField> = {};
  const name = values.name.trim();
  if (!name) issues.name = { key: 'validation.required' };
  else if (name.length < L.nameMin || name.length > L.nameMax)
    issues.name = { key: 'validation.lengthBetween', vars: { min: L.nameMin, max: L.nameMax } };
  if (creating) {
    if (!values.slug) issues.slug = { key: 'validation.required' };
    else if (values.slug.length < L.slugMin || values.slug.length > L.slugMax)
      issues.slug = { key: 'validation.lengthBetween', vars: { min: L.slugMin, max: L.slugMax } };
    else if (!L.slugPattern.test(values.slug)) issues.slug = { key: 'admin.validation.slug' };
    if (!values.kind) issues.kind = { key: 'validation.chooseOne' };
  }
  if (values.description.length > L.descriptionMax) issues.description = { key: 'validation.maxLength', vars: { max: L.descriptionMax } };
  if (!values.access) issues.access = { key: 'validation.chooseOne' };
  const between = (min: number, max: number) => ({ key: 'admin.validation.between', vars: { min, max } }) as const;
  const sla = values.responseSlaDays.trim();
  if (!INTEGER.test(sla) || Number(sla) < L.responseSlaDaysMin || Number(sla) > L.responseSlaDaysMax)
    issues.responseSlaDays = between(L.responseSlaDaysMin, L.responseSlaDaysMax);
  const average = values.reviewBelowAverage.trim();
  const averageNumber = Number(average.replace(',', '.'));
  if (!DECIMAL.test(average) || averageNumber < L.reviewBelowAverageMin || averageNumber > L.reviewBelowAverageMax)
    issues.reviewBelowAverage = between(L.reviewBelowAverageMin, L.reviewBelowAverageMax);
  const ratings = values.reviewMinRatings.trim();
  if (!INTEGER.test(ratings) || Number(ratings) < L.reviewMinRatingsMin || Number(ratings) > L.reviewMinRatingsMax)
    issues.reviewMinRatings = between(L.reviewMinRatingsMin, L.reviewMinRatingsMax);
  return issues;
}

/** The numbers of a valid form, as the API takes them. */
export const spaceNumbers = (values: SpaceValues) => ({
  responseSlaDays: Number(values.responseSlaDays.trim()),
  reviewBelowAverage: Number(values.reviewBelowAverage.trim().replace(',', '.')),
  reviewMinRatings: Number(values.reviewMinRatings.trim()),
});

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

export interface ParsedEmails {
  /** Distinct addresses (case-insensitively), in the order pasted, the first spelling kept. */
  emails: string[];
  /** What does not look like an address. */
  invalid: string[];
}

/** A pasted list: addresses separated by commas, semicolons, spaces or line breaks. */
export function parseEmails(text: string): ParsedEmails {
  const seen = new Set<string>();
  const emails: string[] = [];
  const invalid: string[] = [];
  for (const raw of text.split(/[\s,;]+/)) {
    const piece = raw.replace(/^<|>$/g, '').trim();
    if (!piece) continue;
    if (!EMAIL.test(piece)) {
      invalid.push(piece);
      continue;
    }
    const key = piece.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    emails.push(piece);
  }
  return { emails, invalid };
}

export function validateInvitees(text: string): Issues<'emails'> {
  const { emails, invalid } = parseEmails(text);
  if (invalid.length)
    return { emails: { key: 'admin.validation.notEmails', vars: { list: invalid.slice(0, 5).join(', '), count: invalid.length } } };
  if (!emails.length) return { emails: { key: 'validation.required' } };
  if (emails.length > INVITATION_LIMITS.emailsPerCall)
    return { emails: { key: 'admin.validation.tooManyEmails', vars: { max: INVITATION_LIMITS.emailsPerCall, count: emails.length } } };
  return {};
}
