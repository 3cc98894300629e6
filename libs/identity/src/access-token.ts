import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { SignJWT } from 'jose';
import { AppConfig } from '@kyodo/config';
import { resolveJwtSecret } from './jwt-secret';

export interface AccessClaims {
  sub: string;
  /** The login's refresh family; logout revokes it and with it this token. */
  sid: string;
}

const PART = /^[A-Za-z0-9_-]+$/;

/** A token whose MAC and claims passed, with what is read again on every use: its time window. */
interface CheckedToken extends AccessClaims {
  exp: number;
  nbf: number | undefined;
}

/** Enough for every live session of a large deployment; emptied whole beyond it (the next use checks again). */
const MAX_CHECKED_TOKENS = 10_000;

function decodedJson(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/**
 * Short-lived HS256 access tokens. Signed with jose (once per sign-in); checked on every request with node:crypto's
 * HMAC in the request's own turn — jose checks through WebCrypto's asynchronous jobs, which cost a sixteenth of the
 * API's time on an authenticated read (measured with --cpu-prof on GET /api/v1/calls). The check is the JWS rule
 * for exactly the tokens `issue` makes: header {alg: HS256}, no `crit`, the MAC over header.payload compared in
 * constant time, then issuer, audience, expiry and not-before.
 */
@Injectable()
export class AccessTokens {
  private readonly key: Uint8Array;
  private readonly ttlSeconds: number;
  /**
   * A token is immutable, so a MAC once verified stays verified: a signed-in page sends the same token with every
   * request, and the HMAC was a twelfth of the API's time on an authenticated read (--cpu-prof, GET /api/v1/calls).
   * Only tokens that passed are kept, keyed by their whole text; expiry and not-before are checked on every use.
   */
  private readonly checked = new Map<string, CheckedToken>();

  constructor(config: AppConfig) {
    this.key = new TextEncoder().encode(resolveJwtSecret(config.KYODO_JWT_SECRET, config.KYODO_DATA_DIR));
    this.ttlSeconds = config.ACCESS_TOKEN_TTL_SECONDS;
  }

  async issue(claims: AccessClaims, now: Date): Promise<{ token: string; expiresAt: Date }> {
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + this.ttlSeconds;
    const token = await new SignJWT({ sid: claims.sid })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.sub)
      .setIssuer('kyodo')
      .setAudience('kyodo-api')
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .sign(this.key);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** Returns null for any token that is forged, expired or malformed. */
  async verify(token: string, now: Date): Promise<AccessClaims | null> {
    const seconds = Math.floor(now.getTime() / 1000);
    const known = this.checked.get(token);
    if (known) return withinTime(known, seconds) ? { sub: known.sub, sid: known.sid } : null;
    const checked = this.check(token);
    if (!checked || !withinTime(checked, seconds)) return null;
    if (this.checked.size >= MAX_CHECKED_TOKENS) this.checked.clear();
    this.checked.set(token, checked);
    return { sub: checked.sub, sid: checked.sid };
  }

  /** The token's signature and claims, leaving its time window to the caller; null if anything is wrong. */
  private check(token: string): CheckedToken | null {
    const parts = token.split('.');
    if (parts.length !== 3 || !parts.every((part) => PART.test(part))) return null;
    const [header, body, signature] = parts as [string, string, string];
    const protectedHeader = decodedJson(header);
    if (!protectedHeader || protectedHeader.alg !== 'HS256' || 'crit' in protectedHeader) return null;
    if (protectedHeader.typ !== undefined && protectedHeader.typ !== 'JWT') return null;
    const expected = createHmac('sha256', this.key).update(`${header}.${body}`).digest();
    const given = Buffer.from(signature, 'base64url');
    // The canonical encoding only: the same MAC written another way is not this token.
    if (given.toString('base64url') !== signature || given.length !== expected.length) return null;
    if (!timingSafeEqual(given, expected)) return null;
    const claims = decodedJson(body);
    if (!claims || claims.iss !== 'kyodo') return null;
    const audience = claims.aud;
    if (audience !== 'kyodo-api' && !(Array.isArray(audience) && audience.includes('kyodo-api'))) return null;
    if (typeof claims.exp !== 'number') return null;
    if (claims.nbf !== undefined && typeof claims.nbf !== 'number') return null;
    if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string') return null;
    return { sub: claims.sub, sid: claims.sid, exp: claims.exp, nbf: claims.nbf };
  }
}

function withinTime(token: CheckedToken, seconds: number): boolean {
  return token.exp > seconds && (token.nbf === undefined || token.nbf <= seconds);
}
