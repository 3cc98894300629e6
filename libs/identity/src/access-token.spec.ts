import { createHmac } from 'node:crypto';
import { SignJWT } from 'jose';
import type { AppConfig } from '@kyodo/config';
import { AccessTokens } from './access-token';

const SECRET = 's'.repeat(48);
const tokens = (secret = SECRET) =>
  new AccessTokens({
    KYODO_JWT_SECRET: secret,
    KYODO_DATA_DIR: '/nonexistent',
    ACCESS_TOKEN_TTL_SECONDS: 900,
  } as AppConfig);
const now = new Date('2026-12-06T06:00:00Z');
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const signed = (header: unknown, claims: unknown, secret = SECRET) => {
  const input = `${b64(header)}.${b64(claims)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
};
const claims = (extra: Record<string, unknown> = {}) => ({
  sub: 'u1',
  sid: 'f1',
  iss: 'kyodo',
  aud: 'kyodo-api',
  iat: now.getTime() / 1000,
  exp: now.getTime() / 1000 + 60,
  ...extra,
});

describe('access tokens', () => {
  it('accepts what it issued until it expires', async () => {
    const { token, expiresAt } = await tokens().issue({ sub: 'u1', sid: 'f1' }, now);
    expect(await tokens().verify(token, now)).toEqual({ sub: 'u1', sid: 'f1' });
    expect(await tokens().verify(token, new Date(expiresAt.getTime() - 1000))).toEqual({ sub: 'u1', sid: 'f1' });
    expect(await tokens().verify(token, expiresAt)).toBeNull();
  });

  it('checks the time window again on every use of a token it has already verified', async () => {
    const issuer = tokens();
    const { token, expiresAt } = await issuer.issue({ sub: 'u1', sid: 'f1' }, now);
    expect(await issuer.verify(token, now)).toEqual({ sub: 'u1', sid: 'f1' });
    expect(await issuer.verify(token, expiresAt)).toBeNull();
    const later = signed({ alg: 'HS256' }, claims({ nbf: now.getTime() / 1000 + 30 }));
    expect(await issuer.verify(later, now)).toBeNull();
    expect(await issuer.verify(later, new Date(now.getTime() + 30_000))).toEqual({ sub: 'u1', sid: 'f1' });
    expect(await issuer.verify(later, now)).toBeNull();
    // A refused token is not remembered as good: altered by one character it stays refused however often sent.
    const altered = `${token.slice(0, -2)}${token.endsWith('A') ? 'B' : 'A'}${token.slice(-1)}`;
    expect(await issuer.verify(altered, now)).toBeNull();
    expect(await issuer.verify(altered, now)).toBeNull();
  });

  it('accepts a token jose signs the same way (the format is the standard one)', async () => {
    const token = await new SignJWT({ sid: 'f1' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u1')
      .setIssuer('kyodo')
      .setAudience(['other', 'kyodo-api'])
      .setExpirationTime(now.getTime() / 1000 + 60)
      .sign(new TextEncoder().encode(SECRET));
    expect(await tokens().verify(token, now)).toEqual({ sub: 'u1', sid: 'f1' });
  });

  it('refuses forged, altered, unsigned and foreign tokens', async () => {
    const { token } = await tokens().issue({ sub: 'u1', sid: 'f1' }, now);
    const [header, body, signature] = token.split('.') as [string, string, string];
    const refused = [
      await tokens('o'.repeat(48))
        .issue({ sub: 'u1', sid: 'f1' }, now)
        .then((t) => t.token),
      `${header}.${b64({ ...claims(), sub: 'admin' })}.${signature}`,
      `${b64({ alg: 'none', typ: 'JWT' })}.${body}.`,
      `${b64({ alg: 'none', typ: 'JWT' })}.${body}.${signature}`,
      signed({ alg: 'HS512', typ: 'JWT' }, claims()),
      signed({ alg: 'HS256', crit: ['b64'], b64: false }, claims()),
      signed({ alg: 'HS256', typ: 'at+jwt' }, claims()),
      signed({ alg: 'HS256' }, claims({ iss: 'someone' })),
      signed({ alg: 'HS256' }, claims({ aud: 'another-api' })),
      signed({ alg: 'HS256' }, claims({ exp: undefined })),
      signed({ alg: 'HS256' }, claims({ exp: '9999999999' })),
      signed({ alg: 'HS256' }, claims({ nbf: now.getTime() / 1000 + 30 })),
      signed({ alg: 'HS256' }, claims({ sid: undefined })),
      signed({ alg: 'HS256' }, claims(), 'o'.repeat(48)),
      `${token}=`,
      `${header}.${body}.${signature}A`,
      `${header}.${body}`,
      'not-a-token',
      '',
    ];
    for (const candidate of refused)
      expect({ candidate, claims: await tokens().verify(candidate, now) }).toEqual({ candidate, claims: null });
    expect(await tokens().verify(signed({ alg: 'HS256' }, claims()), now)).toEqual({ sub: 'u1', sid: 'f1' });
  });
});
