export const INITIATIVE_STATUSES = ['SUBMITTED', 'UNDER_REVIEW', 'SELECTED', 'IN_PROGRESS', 'IMPLEMENTED', 'DECLINED', 'MERGED'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

export const ORIENTATIONS = ['CUSTOMER', 'EMPLOYEE'] as const;
/** Who an initiative serves: customers, or colleagues ("symmetry of attention"). */
export type Orientation = (typeof ORIENTATIONS)[number];

/** Comments are Markdown too, shorter than initiatives (docs/api.md#initiatives-and-their-life). */
export const COMMENT_BODY_MAX = 5000;

export const INITIATIVE_LIMITS = {
  titleMin: 5,
  titleMax: 140,
  bodyMin: 1,
  bodyMax: 20000,
  tagsMax: 5,
  tagMin: 1,
  tagMax: 32,
  /** Letters (any script), digits and inner hyphens: tags are typed by people, in French and English. */
  tagPattern: /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u,
} as const;

/**
 * Tags are compared case-insensitively and stored trimmed and lower-cased, so "Loyalty" and
 * "loyalty " are one tag. Duplicates collapse; order of first appearance is kept.
 */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const raw of tags) {
    const tag = raw.trim().toLocaleLowerCase('en');
    if (tag) seen.add(tag);
  }
  return [...seen];
}

/**
 * An initiative awaits a response while nobody has answered it (still SUBMITTED) once its space's
 * response deadline has passed. `responseSlaDays` 0 means an answer is due at once.
 */
export function isAwaitingResponse(status: InitiativeStatus, createdAt: Date, responseSlaDays: number, now: Date = new Date()): boolean {
  if (status !== 'SUBMITTED') return false;
  const dueAt = createdAt.getTime() + responseSlaDays * 24 * 60 * 60 * 1000;
  return now.getTime() >= dueAt;
}
