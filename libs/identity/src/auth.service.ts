import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '@kyodo/config';
import { Clock } from '@kyodo/platform';
import { AccessTokens } from './access-token';
import { AttemptLimiter } from './auth/attempt-limiter';
import { RefreshTokenRepository } from './auth/refresh-token.repository';
import { IdentityError, IdentityErrorCode } from './identity-errors';
import { MfaService } from './mfa/mfa.service';
import { PasswordHasher, timingDummyHash } from './password-hasher';
import { UserRepository } from './users/user.repository';

export interface AuthPolicy {
  refreshTtlSeconds: number;
}

export interface TokenPair {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  tokenType: 'Bearer';
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * Login, refresh-token rotation and logout. Refresh tokens are opaque and
 * stored hashed; a used token presented again revokes its whole family
 * (it was copied by someone).
 */
@Injectable()
export class AuthService {
  private readonly policy: AuthPolicy;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UserRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly attempts: AttemptLimiter,
    private readonly tokens: AccessTokens,
    private readonly mfa: MfaService,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.policy = {
      refreshTtlSeconds: config.REFRESH_TOKEN_TTL_SECONDS,
    };
  }

  /**
   * `userAgent` names the device in the list of the user's sign-ins. An account with an authenticator also needs
   * `secondFactor` (a current code or a recovery code); without it the answer is 401 `mfa_code_required`, given only
   * once the password was right. Both steps count against the account's attempts until one succeeds.
   */
  async login(email: string, password: string, userAgent?: string, secondFactor?: string): Promise<TokenPair> {
    const key = email.trim().toLowerCase();
    await this.attempts.reserve(key);
    const user = await this.users.findByEmail(key);
    // Verify against a dummy hash when the user is unknown, so timing does not reveal accounts.
    const valid = await PasswordHasher.verify(user?.passwordHash ?? (await timingDummyHash()), password);
    // A failure needs no write: the reservation already counts it.
    if (!user || !valid || !user.active) throw new IdentityError(IdentityErrorCode.InvalidCredentials);
    await this.mfa.verifySignIn(user.id, secondFactor);
    await this.attempts.succeeded(key);
    const device = userAgent ? userAgent.slice(0, 300) : null;
    return this.db.transaction((manager) => this.issue(manager, user.id, randomUUID(), device));
  }

  /**
   * A new session for a user the municipality's OpenID provider has signed in (the caller checked who it is and that
   * the account works): no password, and no TOTP code, the provider having its own second factor. In the caller's
   * transaction; answers the pair and its family.
   */
  async startVerifiedSession(
    manager: EntityManager,
    userId: string,
    userAgent: string | undefined,
  ): Promise<{ pair: TokenPair; familyId: string }> {
    const familyId = randomUUID();
    const pair = await this.issue(manager, userId, familyId, userAgent ? userAgent.slice(0, 300) : null);
    return { pair, familyId };
  }

  async refresh(refreshToken: string): Promise<TokenPair> {
    const outcome = await this.db.transaction(async (manager): Promise<TokenPair | 'reused'> => {
      const row = await this.refreshTokens.lockByHash(manager, sha256(refreshToken));
      const now = this.clock.now();
      if (!row || row.revokedAt || row.expiresAt <= now) {
        throw new IdentityError(IdentityErrorCode.InvalidRefreshToken);
      }
      if (row.usedAt) {
        // Reuse of a rotated token: whoever holds the family now may be an attacker.
        // Committed before answering, so the revocation survives the error below.
        await this.refreshTokens.revokeFamily(manager, row.familyId);
        return 'reused';
      }
      if (!(await this.users.isActive(manager, row.userId))) {
        throw new IdentityError(IdentityErrorCode.InvalidRefreshToken);
      }
      await this.refreshTokens.markUsed(manager, row.id, now);
      return this.issue(manager, row.userId, row.familyId, row.userAgent);
    });
    if (outcome === 'reused') throw new IdentityError(IdentityErrorCode.InvalidRefreshToken);
    return outcome;
  }

  /** Revokes the login family; the access tokens of that family stop working at once. */
  async logout(familyId: string): Promise<void> {
    await this.db.transaction((manager) => this.refreshTokens.revokeFamily(manager, familyId));
  }

  /** True while the family has an unrevoked token; checked on every authenticated request. */
  isSessionActive(familyId: string): Promise<boolean> {
    return this.refreshTokens.isFamilyOpen(familyId);
  }

  private async issue(
    manager: EntityManager,
    userId: string,
    familyId: string,
    userAgent: string | null,
  ): Promise<TokenPair> {
    const now = this.clock.now();
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshExpiresAt = new Date(now.getTime() + this.policy.refreshTtlSeconds * 1000);
    await this.refreshTokens.insert(manager, {
      id: randomUUID(),
      familyId,
      userId,
      tokenHash: sha256(refreshToken),
      expiresAt: refreshExpiresAt,
      usedAt: null,
      revokedAt: null,
      userAgent,
    });
    const access = await this.tokens.issue({ sub: userId, sid: familyId }, now);
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt.toISOString(),
      refreshToken,
      refreshTokenExpiresAt: refreshExpiresAt.toISOString(),
      tokenType: 'Bearer',
    };
  }
}
