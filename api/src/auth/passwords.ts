import * as argon2 from 'argon2';

/** argon2id, m = 19 MiB, t = 2, p = 1 (docs/api.md#visibility, the OWASP baseline). */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => argon2.hash(password, OPTIONS);

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false; // a malformed stored hash is a failed sign-in, not a crash
  }
}

/**
 * Verified against when the email is unknown, so an unknown email costs the same time as a wrong
 * password and the response time does not tell whether an account exists.
 */
let dummyHash: Promise<string> | undefined;
export const timingDummyHash = (): Promise<string> => (dummyHash ??= hashPassword('not-a-real-password-0000'));
