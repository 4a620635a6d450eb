const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot name an object, so it is simply not found (never an SQL error). */
export const isUuid = (value: string): boolean => UUID.test(value);
