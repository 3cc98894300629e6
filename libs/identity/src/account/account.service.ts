import { Injectable } from '@nestjs/common';
import { type Actor, Clock, ValidationFailedError } from '@kyodo/platform';
import { AttemptLimiter } from '../auth/attempt-limiter';
import { type OpenSignIn, RefreshTokenRepository } from '../auth/refresh-token.repository';
import { DirectoryWriter } from '../directory-writer';
import { IdentityError, IdentityErrorCode } from '../identity-errors';
import { PasswordHasher } from '../password-hasher';
import { passwordPolicyViolations } from '../password-policy';
import { UserRepository } from '../users/user.repository';

/** A sign-in as its owner sees it: `current` is the one asking. */
export interface SignIn extends OpenSignIn {
  current: boolean;
}

export interface OwnAccount {
  email: string;
  displayName: string;
  locale: 'ja' | 'en';
  mustChangePassword: boolean;
  passwordChangedAt: Date | null;
}

const SAME_PASSWORD = {
  ja: '新しいパスワードは、現在のパスワードと違うものにしてください。',
  en: 'The new password must differ from the current one.',
};

const CURRENT_PASSWORD_WRONG = {
  ja: '現在のパスワードが正しくありません。',
  en: 'The current password is wrong.',
};

/**
 * What a person does with their own account: change the password (every other sign-in ends), see their sign-ins
 * and end any, change their name and language. Every change is audited in its transaction.
 */
@Injectable()
export class AccountService {
  constructor(
    private readonly users: UserRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly attempts: AttemptLimiter,
    private readonly writer: DirectoryWriter,
    private readonly clock: Clock,
  ) {}

  /** The caller's own account as the account page shows it. */
  async account(actor: Actor): Promise<OwnAccount> {
    const user = await this.users.findById(actor.userId);
    if (!user) throw new IdentityError(IdentityErrorCode.Unauthenticated);
    return {
      email: user.email,
      displayName: user.displayName,
      locale: user.locale,
      mustChangePassword: user.mustChangePassword,
      passwordChangedAt: user.passwordChangedAt,
    };
  }

  /**
   * Changes the caller's password after checking the current one (counted like a sign-in, so the form cannot be used
   * to guess it). The sign-in making the change goes on; every other one ends.
   */
  async changePassword(actor: Actor, sessionFamily: string, current: string, next: string): Promise<void> {
    const user = await this.users.findById(actor.userId);
    if (!user) throw new IdentityError(IdentityErrorCode.Unauthenticated);
    // The new password first: a weak one is refused before anything is counted or written.
    const violations = passwordPolicyViolations(next, user.email);
    if (next === current) violations.push({ rule: 'same_as_current', text: SAME_PASSWORD });
    if (violations.length > 0) {
      throw new ValidationFailedError([
        { field: 'newPassword', messages: violations.map((v) => v.text[actor.locale]) },
      ]);
    }
    await this.attempts.reserve(user.email);
    if (!(await PasswordHasher.verify(user.passwordHash, current))) {
      throw new ValidationFailedError([{ field: 'currentPassword', messages: [CURRENT_PASSWORD_WRONG[actor.locale]] }]);
    }
    await this.attempts.succeeded(user.email);
    const hash = await PasswordHasher.hash(next);
    await this.writer.write(
      actor,
      actor.municipalityId,
      'user.password_changed',
      { userId: user.id },
      null,
      async (m) => {
        await this.users.setPassword(m, user.id, hash, this.clock.now(), false);
        await this.refreshTokens.revokeAllForUser(m, user.id, sessionFamily);
      },
    );
  }

  /** The caller's open sign-ins, the latest used first. */
  async signIns(actor: Actor, sessionFamily: string): Promise<SignIn[]> {
    const open = await this.refreshTokens.openSignIns(actor.userId);
    return open.map((s) => ({ ...s, current: s.familyId === sessionFamily }));
  }

  /** Ends one of the caller's sign-ins (the current one too: that is signing out). */
  async endSignIn(actor: Actor, familyId: string): Promise<void> {
    const after = { userId: actor.userId, familyId };
    await this.writer.write(actor, actor.municipalityId, 'user.sign_in_ended', after, null, async (m) => {
      if (!(await this.refreshTokens.revokeFamilyOf(m, actor.userId, familyId))) {
        throw new IdentityError(IdentityErrorCode.UnknownSession);
      }
    });
  }

  /** The caller's display name and language. */
  async updateProfile(actor: Actor, profile: { displayName: string; locale: 'ja' | 'en' }): Promise<void> {
    const after = { userId: actor.userId, ...profile };
    await this.writer.write(actor, actor.municipalityId, 'user.profile_changed', after, null, (m) =>
      this.users.updateProfile(m, actor.userId, profile),
    );
  }
}
