import { createHash, createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@kyodo/config';
import { resolveJwtSecret } from '../jwt-secret';

/**
 * The tokens of e-mailed links (password reset, e-mail change, a group's registration). A link's token is an HMAC of its row's id under the
 * server's secret: the database holds only the token's sha256, the outbox only the id, and the worker derives the
 * token again when it writes the e-mail — so neither a database dump nor a queue holds a usable link.
 */
@Injectable()
export class LinkTokens {
  private readonly secret: string;

  constructor(config: AppConfig) {
    this.secret = resolveJwtSecret(config.KYODO_JWT_SECRET, config.KYODO_DATA_DIR);
  }

  /** The token of link `id` of this kind. */
  tokenFor(kind: 'password-reset' | 'email-change' | 'group-registration', id: string): string {
    return createHmac('sha256', this.secret).update(`${kind}:${id}`).digest('base64url');
  }

  /** What is stored and looked up: the token's sha256. */
  hashOf(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }
}
