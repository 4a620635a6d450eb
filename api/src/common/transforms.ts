import { Transform } from 'class-transformer';

/** Leading and trailing spaces are never meaningful in names, titles or bodies. */
export const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Each string of a list trimmed, so " loyalty" is validated as the tag it will be stored as. */
export const TrimEach = () =>
  Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map((item: unknown) => (typeof item === 'string' ? item.trim() : item)) : value,
  );
