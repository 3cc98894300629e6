import type { AppConfig } from '@kyodo/config';
import { MfaSecrets } from './mfa-secrets';
import { secondFactorRequired } from './mfa-policy';
import { newRecoveryCodes } from './recovery-codes';
import { newTotpSecret, totpCodeAt, totpStep, totpUri } from './totp';

const config = { KYODO_JWT_SECRET: 'k'.repeat(48), KYODO_DATA_DIR: '/nonexistent' } as AppConfig;

describe('TOTP (RFC 6238)', () => {
  // RFC 6238 appendix B, SHA-1: the secret "12345678901234567890" at 59 s gives 94287082 (8 digits) → 287082.
  const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

  it('computes the RFC 6238 test vector and accepts it in its step', () => {
    const at = new Date(59_000);
    expect(totpCodeAt(RFC_SECRET, at)).toBe('287082');
    expect(totpStep(RFC_SECRET, '287082', at)).toBe(1);
  });

  it('accepts one step either side, not two, and nothing but 6 digits', () => {
    const secret = newTotpSecret();
    const now = new Date('2026-12-06T06:00:15Z');
    const stepNow = Math.floor(now.getTime() / 30_000);
    for (const offset of [-1, 0, 1]) {
      const code = totpCodeAt(secret, new Date(now.getTime() + offset * 30_000));
      expect(totpStep(secret, code, now)).toBe(stepNow + offset);
    }
    expect(totpStep(secret, totpCodeAt(secret, new Date(now.getTime() + 2 * 30_000)), now)).toBeNull();
    expect(totpStep(secret, totpCodeAt(secret, new Date(now.getTime() - 2 * 30_000)), now)).toBeNull();
    expect(totpStep(secret, '12345', now)).toBeNull();
    expect(totpStep(secret, 'abcdef', now)).toBeNull();
  });

  it('names the issuer and the account in the URI the QR code holds', () => {
    const uri = totpUri(newTotpSecret(), 'staff@city.example.lg.jp', 'Kyodo');
    expect(uri).toMatch(/^otpauth:\/\/totp\/Kyodo:staff%40city\.example\.lg\.jp\?/);
    expect(uri).toContain('digits=6');
    expect(uri).toContain('period=30');
  });
});

describe('the second factor’s secrets', () => {
  const secrets = new MfaSecrets(config);

  it('seals a TOTP secret so that only this server opens it, and refuses a changed one', () => {
    const sealed = secrets.seal('JBSWY3DPEHPK3PXP');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(secrets.unseal(sealed)).toBe('JBSWY3DPEHPK3PXP');
    const other = new MfaSecrets({ ...config, KYODO_JWT_SECRET: 'o'.repeat(48) } as AppConfig);
    expect(() => other.unseal(sealed)).toThrow();
    const parts = sealed.split('.');
    parts[3] = Buffer.from('tampered').toString('base64url');
    expect(() => secrets.unseal(parts.join('.'))).toThrow();
  });

  it('hashes a recovery code the same however it is typed', () => {
    expect(secrets.recoveryCodeHash('K7M2P X9Q4T')).toBe(secrets.recoveryCodeHash('k7m2p-x9q4t'));
    expect(secrets.recoveryCodeHash('k7m2p-x9q4t')).not.toBe(secrets.recoveryCodeHash('k7m2p-x9q4u'));
  });

  it('makes ten distinct recovery codes from an alphabet without look-alikes', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}$/);
  });
});

describe('who must sign in with two steps', () => {
  const policy = (operator: boolean, staffOfMunicipality: boolean) => ({ operator, staffOfMunicipality });

  it('the operator when the deployment says so; staff when their municipality does; groups never', () => {
    expect(secondFactorRequired({ platformAdmin: true, roles: [] }, policy(true, false))).toBe(true);
    expect(secondFactorRequired({ platformAdmin: true, roles: [] }, policy(false, true))).toBe(false);
    for (const role of ['secretariat', 'admin', 'reviewer', 'committee_member', 'committee_chair'] as const) {
      expect(secondFactorRequired({ platformAdmin: false, roles: [role] }, policy(true, true))).toBe(true);
      expect(secondFactorRequired({ platformAdmin: false, roles: [role] }, policy(true, false))).toBe(false);
    }
    expect(secondFactorRequired({ platformAdmin: false, roles: ['proposer'] }, policy(true, true))).toBe(false);
    expect(secondFactorRequired({ platformAdmin: false, roles: ['proposer', 'reviewer'] }, policy(false, true))).toBe(
      true,
    );
  });
});
