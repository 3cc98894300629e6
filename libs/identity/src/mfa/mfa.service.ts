import { Injectable } from '@nestjs/common';
import { AppConfig } from '@kyodo/config';
import { type Actor, Clock, ValidationFailedError } from '@kyodo/platform';
import { AttemptLimiter } from '../auth/attempt-limiter';
import { RefreshTokenRepository } from '../auth/refresh-token.repository';
import { DirectoryScope } from '../directory-scope';
import { DirectoryWriter } from '../directory-writer';
import { IdentityError, IdentityErrorCode } from '../identity-errors';
import { MunicipalityRepository } from '../municipalities/municipality.repository';
import { PasswordHasher } from '../password-hasher';
import { UserRepository } from '../users/user.repository';
import { MfaSecrets } from './mfa-secrets';
import { secondFactorRequired } from './mfa-policy';
import { RecoveryCodeRepository } from './recovery-code.repository';
import { newRecoveryCodes } from './recovery-codes';
import { newTotpSecret, totpStep, totpUri } from './totp';
import { TotpFactorRepository } from './totp-factor.repository';

export interface MfaStatus {
  /** A confirmed authenticator signs this account in. */
  enrolled: boolean;
  /** The municipality (or, for the operator, the deployment) requires one. */
  required: boolean;
  recoveryCodesLeft: number;
}

/** What the enrolment page shows once: the QR code, and the secret for typing in by hand. */
export interface TotpEnrolment {
  secret: string;
  otpauthUri: string;
  qrCodeSvg: string;
}

const WRONG_CODE = {
  ja: '確認コードが正しくありません。認証アプリに今表示されている 6 桁の数字を入力してください。',
  en: 'The code is wrong. Enter the 6 digits your authenticator app shows now.',
};
const WRONG_PASSWORD = { ja: 'パスワードが正しくありません。', en: 'The password is wrong.' };
const ISSUER = 'Kyodo';

/** Codes typed on the account page are counted like sign-in guesses, apart from the password's count. */
const codeGuessKey = (userId: string) => `mfa:${userId}`;

/**
 * The second factor of a sign-in: a TOTP authenticator (RFC 6238) with single-use recovery codes. A person enrols from
 * their account page; a municipality may require it of its staff; an administrator resets it for someone who lost
 * their phone. A code is accepted once: the step it belongs to is recorded, and an earlier or equal one is refused.
 */
@Injectable()
export class MfaService {
  private readonly operatorRequired: boolean;

  constructor(
    private readonly factors: TotpFactorRepository,
    private readonly recoveryCodes: RecoveryCodeRepository,
    private readonly secrets: MfaSecrets,
    private readonly users: UserRepository,
    private readonly municipalities: MunicipalityRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly attempts: AttemptLimiter,
    private readonly scope: DirectoryScope,
    private readonly writer: DirectoryWriter,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.operatorRequired = config.operatorMfaRequired;
  }

  async status(actor: Actor): Promise<MfaStatus> {
    const factor = await this.factors.findConfirmed(actor.userId);
    return {
      enrolled: factor !== null,
      required: await this.requiredFor(actor),
      recoveryCodesLeft: factor ? await this.recoveryCodes.countUnused(actor.userId) : 0,
    };
  }

  /** Starts enrolment with a new secret (a second start replaces the first); refused once an authenticator works. */
  async begin(actor: Actor): Promise<TotpEnrolment> {
    if (await this.factors.findConfirmed(actor.userId)) throw new IdentityError(IdentityErrorCode.MfaAlreadyEnrolled);
    const user = await this.users.findById(actor.userId);
    if (!user) throw new IdentityError(IdentityErrorCode.Unauthenticated);
    const secret = newTotpSecret();
    await this.writer.write(actor, actor.municipalityId, 'user.mfa_enrolment_started', { userId: user.id }, null, (m) =>
      this.factors.putPending(m, user.id, this.secrets.seal(secret)),
    );
    const otpauthUri = totpUri(secret, user.email, ISSUER);
    // Loaded here, on an enrolment, rather than with the module: it is rarely needed and costs every process ~10 MB.
    const qrcode = await import('qrcode');
    return { secret, otpauthUri, qrCodeSvg: await qrcode.toString(otpauthUri, { type: 'svg', margin: 2 }) };
  }

  /** Confirms enrolment with a first code from the app; hands out the recovery codes (shown this once). */
  async confirm(actor: Actor, code: string): Promise<{ recoveryCodes: string[] }> {
    const factor = await this.factors.find(actor.userId);
    if (!factor) throw new IdentityError(IdentityErrorCode.MfaEnrolmentNotStarted);
    if (factor.confirmedAt) throw new IdentityError(IdentityErrorCode.MfaAlreadyEnrolled);
    await this.attempts.reserve(codeGuessKey(actor.userId));
    const step = totpStep(this.secrets.unseal(factor.secretSealed), code, this.clock.now());
    if (step === null) throw this.wrongCode(actor);
    await this.attempts.succeeded(codeGuessKey(actor.userId));
    const codes = newRecoveryCodes();
    await this.writer.write(
      actor,
      actor.municipalityId,
      'user.mfa_enrolled',
      { userId: actor.userId },
      null,
      async (m) => {
        await this.factors.confirm(m, actor.userId, step, this.clock.now());
        await this.recoveryCodes.replace(
          m,
          actor.userId,
          codes.map((c) => this.secrets.recoveryCodeHash(c)),
        );
      },
    );
    return { recoveryCodes: codes };
  }

  /** New recovery codes for old ones (printed, lost, used up), after a code from the app. */
  async regenerateRecoveryCodes(actor: Actor, code: string): Promise<{ recoveryCodes: string[] }> {
    const factor = await this.factors.findConfirmed(actor.userId);
    if (!factor) throw new IdentityError(IdentityErrorCode.MfaEnrolmentNotStarted);
    await this.attempts.reserve(codeGuessKey(actor.userId));
    if (!(await this.acceptTotp(actor.userId, factor.secretSealed, code))) throw this.wrongCode(actor);
    await this.attempts.succeeded(codeGuessKey(actor.userId));
    const codes = newRecoveryCodes();
    await this.writer.write(
      actor,
      actor.municipalityId,
      'user.recovery_codes_renewed',
      { userId: actor.userId },
      null,
      (m) =>
        this.recoveryCodes.replace(
          m,
          actor.userId,
          codes.map((c) => this.secrets.recoveryCodeHash(c)),
        ),
    );
    return { recoveryCodes: codes };
  }

  /**
   * Turns the second factor off after the password is given again (counted like a sign-in). Refused while the
   * account must have one: an administrator's reset is the way for a lost phone.
   */
  async disable(actor: Actor, password: string): Promise<void> {
    if (await this.requiredFor(actor)) throw new IdentityError(IdentityErrorCode.MfaRequiredByPolicy);
    const user = await this.users.findById(actor.userId);
    if (!user) throw new IdentityError(IdentityErrorCode.Unauthenticated);
    if (!(await this.factors.find(user.id))) throw new IdentityError(IdentityErrorCode.MfaEnrolmentNotStarted);
    await this.attempts.reserve(user.email);
    if (!(await PasswordHasher.verify(user.passwordHash, password))) {
      throw new ValidationFailedError([{ field: 'password', messages: [WRONG_PASSWORD[actor.locale]] }]);
    }
    await this.attempts.succeeded(user.email);
    await this.writer.write(actor, actor.municipalityId, 'user.mfa_disabled', { userId: user.id }, null, (m) =>
      this.removeFactor(m, user.id),
    );
  }

  /**
   * An administrator removes the authenticator of a user of their municipality (a lost phone): the user's sign-ins
   * end, and at the next one they enrol again where it is required.
   */
  async reset(actor: Actor, userId: string): Promise<void> {
    const municipalityId = await this.scope.adminScope(actor);
    const user = await this.users.findById(userId);
    if (!user || user.municipalityId !== municipalityId) throw new IdentityError(IdentityErrorCode.UnknownUser);
    await this.writer.write(actor, municipalityId, 'user.mfa_reset', { userId }, null, async (m) => {
      await this.removeFactor(m, userId);
      await this.refreshTokens.revokeAllForUser(m, userId);
    });
  }

  /**
   * The second step of a sign-in whose password was right: nothing to do without an authenticator; otherwise a
   * current code from the app or an unused recovery code. The caller counts a refusal as a failed sign-in.
   */
  async verifySignIn(userId: string, code: string | undefined): Promise<void> {
    const factor = await this.factors.findConfirmed(userId);
    if (!factor) return;
    if (!code) throw new IdentityError(IdentityErrorCode.MfaCodeRequired);
    if (/^\s*\d{6}\s*$/.test(code)) {
      if (await this.acceptTotp(userId, factor.secretSealed, code)) return;
    } else if (await this.recoveryCodes.use(userId, this.secrets.recoveryCodeHash(code), this.clock.now())) {
      return;
    }
    throw new IdentityError(IdentityErrorCode.InvalidMfaCode);
  }

  /** Whether the caller's municipality requires a second factor of its staff (its administrator's setting). */
  async staffPolicy(actor: Actor): Promise<{ mfaRequiredForStaff: boolean }> {
    const municipalityId = await this.scope.adminScope(actor);
    return { mfaRequiredForStaff: await this.municipalities.mfaRequiredForStaff(municipalityId) };
  }

  /**
   * Requires (or stops requiring) a second factor of the municipality's staff. Staff without one are sent to enrol
   * at their next request; the administrator setting it must have one first, so they cannot lock themselves out.
   */
  async setStaffPolicy(actor: Actor, required: boolean): Promise<{ mfaRequiredForStaff: boolean }> {
    const municipalityId = await this.scope.adminScope(actor);
    if (required && !actor.platformAdmin && !(await this.factors.findConfirmed(actor.userId))) {
      throw new IdentityError(IdentityErrorCode.MfaEnrolFirst);
    }
    await this.writer.write(
      actor,
      municipalityId,
      'municipality.mfa_policy_set',
      { mfaRequiredForStaff: required },
      null,
      (m) => this.municipalities.setMfaRequiredForStaff(m, municipalityId, required),
    );
    return { mfaRequiredForStaff: required };
  }

  private async requiredFor(actor: Actor): Promise<boolean> {
    const staffOfMunicipality = actor.municipalityId
      ? await this.municipalities.mfaRequiredForStaff(actor.municipalityId)
      : false;
    return secondFactorRequired(actor, { operator: this.operatorRequired, staffOfMunicipality });
  }

  private async acceptTotp(userId: string, secretSealed: string, code: string): Promise<boolean> {
    const step = totpStep(this.secrets.unseal(secretSealed), code, this.clock.now());
    return step !== null && (await this.factors.useStep(userId, step));
  }

  private async removeFactor(m: Parameters<TotpFactorRepository['remove']>[0], userId: string): Promise<void> {
    await this.factors.remove(m, userId);
    await this.recoveryCodes.removeAll(m, userId);
  }

  private wrongCode(actor: Actor): ValidationFailedError {
    return new ValidationFailedError([{ field: 'code', messages: [WRONG_CODE[actor.locale]] }]);
  }
}
