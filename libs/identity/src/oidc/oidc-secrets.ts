import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@kyodo/config';
import { resolveJwtSecret } from '../jwt-secret';

/**
 * Seals the client secrets of municipalities' providers with AES-256-GCM under a key derived from the server's secret
 * (a database dump alone does not give them away), apart from the key that seals TOTP secrets.
 */
@Injectable()
export class OidcSecrets {
  private readonly sealKey: Buffer;

  constructor(config: AppConfig) {
    const secret = resolveJwtSecret(config.KYODO_JWT_SECRET, config.KYODO_DATA_DIR);
    this.sealKey = createHmac('sha256', secret).update('kyodo:oidc-client-secret').digest();
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.sealKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', ...[iv, cipher.getAuthTag(), body].map((p) => p.toString('base64url'))].join('.');
  }

  unseal(sealed: string): string {
    const [, iv, tag, body] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
    const decipher = createDecipheriv('aes-256-gcm', this.sealKey, iv!);
    decipher.setAuthTag(tag!);
    return Buffer.concat([decipher.update(body!), decipher.final()]).toString('utf8');
  }
}
