import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@kyodo/config';
import { resolveJwtSecret } from '../jwt-secret';

/**
 * Keys for the second factor, derived from the server's secret: TOTP secrets are sealed with AES-256-GCM (a database
 * dump alone cannot mint codes), recovery codes are kept as an HMAC (a dump cannot be searched for them offline).
 */
@Injectable()
export class MfaSecrets {
  private readonly sealKey: Buffer;
  private readonly codeKey: Buffer;

  constructor(config: AppConfig) {
    const secret = resolveJwtSecret(config.KYODO_JWT_SECRET, config.KYODO_DATA_DIR);
    this.sealKey = createHmac('sha256', secret).update('kyodo:totp-seal').digest();
    this.codeKey = createHmac('sha256', secret).update('kyodo:recovery-code').digest();
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.sealKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv, cipher.getAuthTag(), body]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  unseal(sealed: string): string {
    const [, iv, tag, body] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
    const decipher = createDecipheriv('aes-256-gcm', this.sealKey, iv!);
    decipher.setAuthTag(tag!);
    return Buffer.concat([decipher.update(body!), decipher.final()]).toString('utf8');
  }

  /** A recovery code as stored: case, spaces and hyphens do not matter when it is typed in. */
  recoveryCodeHash(code: string): string {
    const normal = code.toLowerCase().replace(/[\s-]/g, '');
    return createHmac('sha256', this.codeKey).update(normal).digest('hex');
  }
}
