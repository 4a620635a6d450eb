/** Turns a driver error into one line an operator can act on, without echoing the password. */
export function describeConnectionError(error: unknown, url: string): string {
  const parsed = new URL(url);
  const where = `${parsed.hostname}:${parsed.port || 5432}/${parsed.pathname.slice(1)}`;
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ECONNREFUSED':
      return `cannot reach PostgreSQL at ${where} (connection refused): is it running? Check DATABASE_URL, or unset it to use the embedded database.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `cannot resolve the database host "${parsed.hostname}": check DATABASE_URL.`;
    case 'ETIMEDOUT':
      return `PostgreSQL at ${where} did not answer in time: check DATABASE_URL and the network.`;
    case '3D000':
      return `the database "${parsed.pathname.slice(1)}" does not exist on ${parsed.hostname}: create it (createdb ${parsed.pathname.slice(1)}) or fix DATABASE_URL.`;
    case '28P01':
    case '28000':
      return `PostgreSQL at ${where} refused the credentials in DATABASE_URL.`;
    default:
      return `cannot use the database at ${where}: ${(error as Error)?.message ?? String(error)}`;
  }
}

/** Codes and messages of a database that is away (down, restarting, refusing connections), not of a bad statement. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|not currently accepting connections|the database system is (starting up|shutting down)/i;

/** Whether an error says the database cannot be reached right now, looking through TypeORM's and pg's wrappers. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const { code, message, driverError, cause } = current as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
    current = driverError ?? cause;
  }
  return false;
}
