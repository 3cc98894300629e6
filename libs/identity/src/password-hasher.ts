import argon2 from 'argon2';

/** argon2id with the library's defaults (OWASP-recommended parameters). */
export const PasswordHasher = {
  hash: (password: string): Promise<string> => argon2.hash(password, { type: argon2.argon2id }),
  verify: async (hash: string, password: string): Promise<boolean> => {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  },
};

/** A hash of a random password: verifying against it costs what a real check costs. */
let dummyHash: Promise<string> | undefined;
export function timingDummyHash(): Promise<string> {
  dummyHash ??= PasswordHasher.hash('kyodo-timing-equaliser-not-a-password');
  return dummyHash;
}
