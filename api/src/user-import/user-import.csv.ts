import { isEmail } from 'class-validator';
import { parse } from 'csv-parse/sync';

import { normalizeEmail, ROLES, USER_LIMITS, type Role } from '@red-chair/domain';

import { InvalidInputError } from '../common/errors';

export const IMPORT_HEADER = ['email', 'displayName', 'role', 'spaces'] as const;
export const IMPORT_MAX_ROWS = 10_000;

/** A line that reads well; whether it can be applied depends on the database (spaces, accounts). */
export interface ImportRow {
  line: number;
  email: string;
  emailLower: string;
  displayName: string;
  role: Role;
  spaceSlugs: string[];
}

export interface ParsedImport {
  rows: ImportRow[];
  errors: { line: number; message: string }[];
}

/**
 * Reads the CSV (RFC 4180 through csv-parse: quoted commas and line breaks, a BOM) and checks each line
 * on its own. A file that is not this CSV at all is BAD_USER_INPUT on `csv`; a bad line is an error of
 * the report, and the other lines go on.
 */
export function parseImportCsv(csv: string): ParsedImport {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(csv, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    throw new InvalidInputError({ csv: `cannot be read as CSV: ${(error as Error).message}` });
  }
  const [header, ...lines] = records;
  if (!header || header.record.join(',').toLowerCase() !== IMPORT_HEADER.join(',').toLowerCase()) {
    throw new InvalidInputError({ csv: `the first line must be the header ${IMPORT_HEADER.join(',')}` });
  }
  if (lines.length > IMPORT_MAX_ROWS)
    throw new InvalidInputError({
      csv: `holds ${lines.length.toLocaleString('en')} people; import at most ${IMPORT_MAX_ROWS.toLocaleString('en')} at a time`,
    });

  const rows: ImportRow[] = [];
  const errors: ParsedImport['errors'] = [];
  const firstLineOf = new Map<string, number>();
  for (const { record, info } of lines) {
    const line = info.lines;
    const problem = checkLine(record);
    if (typeof problem === 'string') {
      errors.push({ line, message: problem });
      continue;
    }
    const seen = firstLineOf.get(problem.emailLower);
    if (seen !== undefined) {
      errors.push({ line, message: `email: ${problem.email} is already on line ${seen}` });
      continue;
    }
    firstLineOf.set(problem.emailLower, line);
    rows.push({ line, ...problem });
  }
  return { rows, errors };
}

function checkLine(record: string[]): Omit<ImportRow, 'line'> | string {
  if (record.length !== IMPORT_HEADER.length)
    return `expected ${IMPORT_HEADER.length} columns (${IMPORT_HEADER.join(',')}), found ${record.length}`;
  const [email, displayName, roleText, spaces] = record;
  if (!isEmail(email) || email.length > USER_LIMITS.emailMax) return `email: "${email}" is not an email address`;
  if (displayName.length < USER_LIMITS.displayNameMin || displayName.length > USER_LIMITS.displayNameMax) {
    return `displayName: must be ${USER_LIMITS.displayNameMin} to ${USER_LIMITS.displayNameMax} characters`;
  }
  const role = roleText.toUpperCase();
  if (!(ROLES as readonly string[]).includes(role)) return `role: "${roleText}" is not one of ${ROLES.join(', ')}`;
  const spaceSlugs = [
    ...new Set(
      spaces
        .split(';')
        .map((slug) => slug.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  return { email, emailLower: normalizeEmail(email), displayName, role: role as Role, spaceSlugs };
}
