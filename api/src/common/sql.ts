/** `'A', 'B'` for CHECK constraints built from the domain's value lists (trusted constants only). */
export const sqlList = (values: readonly string[]): string => values.map((value) => `'${value}'`).join(', ');

/** Positional parameters for raw SQL, added as the statement is written: `$n` for each value. */
export class SqlParameters {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
