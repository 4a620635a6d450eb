/** One readable line of an audit entry's details: "role: EMPLOYEE → MANAGER". */
export interface DetailLine {
  key: string;
  value: string;
}

const text = (value: unknown): string => {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.map(text).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An entry's `details` (a JSON object) as lines a person reads: nested objects flattened to dotted keys,
 * and a `before`/`after` pair shown as one line per changed setting. Anything that is not an object is
 * shown as it came.
 */
export function detailLines(details: string): DetailLine[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(details);
  } catch {
    return details.trim() ? [{ key: '', value: details }] : [];
  }
  if (!isRecord(parsed)) return [{ key: '', value: text(parsed) }];
  const lines: DetailLine[] = [];
  const { before, after, ...rest } = parsed;
  if (isRecord(before) && isRecord(after)) {
    for (const key of Object.keys(after)) lines.push({ key, value: `${text(before[key])} → ${text(after[key])}` });
  } else {
    if (before !== undefined) rest.before = before;
    if (after !== undefined) rest.after = after;
  }
  const flatten = (prefix: string, value: unknown) => {
    if (isRecord(value) && Object.keys(value).length)
      for (const [key, inner] of Object.entries(value)) flatten(prefix ? `${prefix}.${key}` : key, inner);
    else lines.push({ key: prefix, value: text(value) });
  };
  for (const [key, value] of Object.entries(rest)) flatten(key, value);
  return lines;
}
