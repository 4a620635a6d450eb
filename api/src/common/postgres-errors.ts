/** PostgreSQL's unique_violation (23505): a unique index refused the row. */
export const isUniqueViolation = (error: unknown): boolean => (error as { code?: string } | null)?.code === '23505';
