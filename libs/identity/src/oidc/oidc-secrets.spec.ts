import { loadConfig } from '@kyodo/config';
import { isLoopbackHttp } from './oidc-client';
import { OidcSecrets } from './oidc-secrets';

const secrets = (secret: string) => new OidcSecrets(loadConfig({ KYODO_JWT_SECRET: secret }));

describe('OidcSecrets', () => {
  it('seals a client secret so that only the same server secret opens it, and a changed byte is refused', () => {
    const mine = secrets('a-server-secret-of-at-least-thirty-two-chars');
    const sealed = mine.seal('kamakura-client-secret');
    expect(sealed).not.toContain('kamakura');
    expect(mine.seal('kamakura-client-secret')).not.toBe(sealed);
    expect(mine.unseal(sealed)).toBe('kamakura-client-secret');
    expect(() => secrets('another-server-secret-of-thirty-two-chars').unseal(sealed)).toThrow();
    const body = sealed.split('.');
    body[3] = Buffer.from('kamakura-client-secreT').toString('base64url');
    expect(() => mine.unseal(body.join('.'))).toThrow();
  });
});

describe('isLoopbackHttp', () => {
  it('allows plain http only for a provider on this machine', () => {
    expect(isLoopbackHttp(new URL('http://127.0.0.1:8080/realms/dev'))).toBe(true);
    expect(isLoopbackHttp(new URL('http://localhost:8080'))).toBe(true);
    expect(isLoopbackHttp(new URL('http://[::1]:8080'))).toBe(true);
    expect(isLoopbackHttp(new URL('http://idp.city.example'))).toBe(false);
    expect(isLoopbackHttp(new URL('http://127.0.0.1.nip.io'))).toBe(false);
    expect(isLoopbackHttp(new URL('https://127.0.0.1'))).toBe(false);
  });
});
