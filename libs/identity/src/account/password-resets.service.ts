import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock, ValidationFailedError } from '@kyodo/platform';
import { Outbox } from '@kyodo/queues';
import { AttemptLimiter } from '../auth/attempt-limiter';
import { RefreshTokenRepository } from '../auth/refresh-token.repository';
import { DirectoryWriter } from '../directory-writer';
import { IdentityError, IdentityErrorCode } from '../identity-errors';
import { PasswordHasher } from '../password-hasher';
import { passwordPolicyViolations } from '../password-policy';
import { UserRepository } from '../users/user.repository';
import { linkOwnerActor, openLinkOwner } from './link-owner';
import { LinkTokens } from './link-tokens';
import { PasswordResetRepository } from './password-reset.repository';

/** How long a link works. */
export const RESET_LINK_MINUTES = 60;
/** Links one account can be sent per hour: enough for a lost e-mail, too few to flood a mailbox. */
const RESETS_PER_HOUR = 3;

/** What the worker needs to write a reset e-mail. */
export interface PasswordResetMail {
  municipalityId: string | null;
  userId: string;
  email: string;
  displayName: string;
  locale: 'ja' | 'en';
  token: string;
  expiresAt: Date;
}

/**
 * Forgotten passwords. A request answers the same whether or not the address has an account; for an active account
 * it records a link and, in the same transaction, the outbox row that makes the worker e-mail it (the token: see
 * LinkTokens). Setting a new password with a link uses it (and every
 * other open link of the account) up and ends every sign-in of the account.
 */
@Injectable()
export class PasswordResetsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UserRepository,
    private readonly resets: PasswordResetRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly attempts: AttemptLimiter,
    private readonly writer: DirectoryWriter,
    private readonly outbox: Outbox,
    private readonly links: LinkTokens,
    private readonly clock: Clock,
  ) {}

  /** Sends a link to the address if it belongs to an active account; says nothing either way. */
  async request(email: string): Promise<void> {
    const user = await this.users.findByEmail(email.trim().toLowerCase());
    if (!user || !user.active) return;
    const now = this.clock.now();
    await this.db.transaction(async (manager) => {
      // One request at a time per account, so the cap below counts every link.
      await this.users.lockForUpdate(manager, user.id);
      if ((await this.resets.countSince(manager, user.id, new Date(now.getTime() - 3_600_000))) >= RESETS_PER_HOUR) {
        return;
      }
      const id = randomUUID();
      await this.resets.insert(manager, {
        id,
        userId: user.id,
        tokenHash: this.links.hashOf(this.links.tokenFor('password-reset', id)),
        expiresAt: new Date(now.getTime() + RESET_LINK_MINUTES * 60_000),
        usedAt: null,
      });
      await this.outbox.enqueue(manager, {
        name: 'account.password-reset',
        municipalityId: user.municipalityId,
        payload: { resetId: id },
        effectKey: `password-reset:${id}`,
      });
    });
  }

  /** Sets the password with a link's token. */
  async confirm(token: string, password: string, locale: 'ja' | 'en', requestId: string): Promise<void> {
    const now = this.clock.now();
    // A weak password is refused as input (400) before the link is looked at; the e-mail rule once the account is known.
    this.checkPolicy(password, '', locale);
    const reset = await this.db.transaction((manager) => this.resets.lockByHash(manager, this.links.hashOf(token)));
    const user = await openLinkOwner(this.users, reset, now);
    if (!reset || !user) throw new IdentityError(IdentityErrorCode.InvalidResetLink);
    this.checkPolicy(password, user.email, locale);
    const hash = await PasswordHasher.hash(password);
    const actor = linkOwnerActor(user, locale, requestId);
    await this.writer.write(actor, user.municipalityId, 'user.password_reset', { userId: user.id }, null, async (m) => {
      // Checked again under the lock: of two uses of one link, one wins.
      const locked = await this.resets.lockByHash(m, this.links.hashOf(token));
      if (!locked || locked.usedAt) throw new IdentityError(IdentityErrorCode.InvalidResetLink);
      await this.resets.useAllOf(m, user.id, now);
      await this.users.setPassword(m, user.id, hash, now, false);
      await this.refreshTokens.revokeAllForUser(m, user.id);
    });
    // Whoever reads the mailbox may sign in again at once.
    await this.attempts.succeeded(user.email);
  }

  /** The e-mail for a link still open, or null (used, expired, or the account gone quiet since). */
  async mailFor(resetId: string): Promise<PasswordResetMail | null> {
    const reset = await this.resets.findById(resetId);
    const user = await openLinkOwner(this.users, reset, this.clock.now());
    if (!reset || !user) return null;
    return {
      municipalityId: user.municipalityId,
      userId: user.id,
      email: user.email,
      displayName: user.displayName,
      locale: user.locale,
      token: this.links.tokenFor('password-reset', reset.id),
      expiresAt: reset.expiresAt,
    };
  }

  private checkPolicy(password: string, email: string, locale: 'ja' | 'en'): void {
    const violations = passwordPolicyViolations(password, email);
    if (violations.length > 0) {
      throw new ValidationFailedError([{ field: 'newPassword', messages: violations.map((v) => v.text[locale]) }]);
    }
  }
}
