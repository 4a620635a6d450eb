import { Transform } from 'class-transformer';

/** Leading and trailing spaces are never meaningful in names, titles or bodies. */
export const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
