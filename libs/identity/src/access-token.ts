import { Injectable } from '@nestjs/common';
import { jwtVerify, SignJWT } from 'jose';
import { AppConfig } from '@kyodo/config';
import { resolveJwtSecret } from './jwt-secret';

export interface AccessClaims {
  sub: string;
  /** The login's refresh family; logout revokes it and with it this token. */
  sid: string;
}

/** Short-lived HS256 access tokens. */
@Injectable()
export class AccessTokens {
  private readonly key: Uint8Array;
  private readonly ttlSeconds: number;

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
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: 'kyodo',
        audience: 'kyodo-api',
        currentDate: now,
      });
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return null;
      return { sub: payload.sub, sid: payload.sid };
    } catch {
      return null;
    }
  }
}
