import { isIP } from 'node:net';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/** What Fastify's `trustProxy` takes: trust every proxy, the proxies' addresses, or a rule per hop. */
export type TrustProxy = boolean | string[] | ((address: string, hop: number) => boolean);

/** proxy-addr's names for ranges (127.0.0.0/8 and ::1, link-local, private). */
const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * TRUST_PROXY as Fastify takes it. Unset or `false`: the client's address is
 * the connection's, and X-Forwarded-For is ignored (anyone could write one).
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? '').trim();
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  if (/^\d+$/.test(text)) {
    // A hop count as Fastify reads one: the nearest `hops` proxies are trusted.
    const hops = Number(text);
    return (_address: string, hop: number) => hop < hops;
  }
  return listOf(text);
}

const listOf = (text: string) => text.split(',').map((entry) => entry.trim());

function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

export function IsTrustProxy(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTrustProxy',
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string') return false;
          const text = value.trim();
          if (['', 'true', 'false'].includes(text)) return true;
          if (/^\d+$/.test(text)) return Number(text) >= 1 && Number(text) <= 10;
          return listOf(text).every(isAddressOrRange);
        },
      },
    },
    options,
  );
}
