/** `'A', 'B'` for CHECK constraints built from the domain's value lists (trusted constants only). */
export const sqlList = (values: readonly string[]): string => values.map((value) => `'${value}'`).join(', ');
