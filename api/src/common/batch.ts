/**
 * What a DataLoader's batch function answers: one value per key, in the keys' order, from rows that
 * came back in any order. `valueOf` picks what a row contributes (the row itself by default).
 */
export function oneByKey<R, V, M>(
  keys: readonly string[],
  rows: readonly R[],
  keyOf: (row: R) => string,
  missing: M,
  valueOf: (row: R) => V,
): (V | M)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), valueOf(row)]));
  return keys.map((key) => (byKey.has(key) ? (byKey.get(key) as V) : missing));
}

/** The same for one-to-many: every key gets its rows' values, in the rows' order (none: an empty list). */
export function manyByKey<R, V>(keys: readonly string[], rows: readonly R[], keyOf: (row: R) => string, valueOf: (row: R) => V): V[][] {
  const byKey = new Map<string, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) byKey.get(keyOf(row))?.push(valueOf(row));
  return keys.map((key) => byKey.get(key) ?? []);
}

export const itself = <R>(row: R): R => row;
