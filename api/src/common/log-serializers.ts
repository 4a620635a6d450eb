import { stdSerializers } from 'pino';

/** What a driver error may tell the log: where it failed, never with which values. */
const DRIVER_FIELDS = ['code', 'severity', 'table', 'column', 'constraint', 'routine'] as const;

/**
 * The log's `err`: pino's own serialisation, without what can hold secrets. A failed statement's
 * `parameters` may hold a password hash, a token's hash or an email; the driver's `detail` repeats
 * the offending values ("Key (token_hash)=(…) already exists"). The statement's text stays: values
 * travel as parameters, never in it.
 */
export function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const serialized = stdSerializers.err(error) as unknown as Record<string, unknown>;
  delete serialized.parameters;
  delete serialized.detail;
  const driverError = serialized.driverError;
  if (driverError && typeof driverError === 'object') {
    const source = driverError as Record<string, unknown>;
    serialized.driverError = Object.fromEntries(
      DRIVER_FIELDS.filter((field) => source[field] !== undefined).map((field) => [field, source[field]]),
    );
  }
  return serialized;
}

export const LOG_SERIALIZERS = { err: serializeError };
