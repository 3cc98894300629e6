import { randomInt } from 'node:crypto';

/** How many recovery codes an enrolment hands out: enough for years of lost phones, few enough to print. */
export const RECOVERY_CODE_COUNT = 10;
/** Crockford-like: no 0/o, 1/l/i, so a code read off paper is typed right. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten codes like `k7m2p-x9q4t`: 10 characters of a 31-letter alphabet, about 50 bits each. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}
