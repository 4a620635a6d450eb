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
