import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '@kyodo/config';
import { Clock } from '@kyodo/platform';
import { AccessTokens } from './access-token';
import { LoginFailureRepository } from './auth/login-failure.repository';
import { RefreshTokenRepository } from './auth/refresh-token.repository';
import { IdentityError, IdentityErrorCode } from './identity-errors';
import { PasswordHasher, timingDummyHash } from './password-hasher';
import { UserRepository } from './users/user.repository';

export interface AuthPolicy {
  refreshTtlSeconds: number;
  maxFailures: number;
  failureWindowSeconds: number;
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
    private readonly failures: LoginFailureRepository,
    private readonly tokens: AccessTokens,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.policy = {
      refreshTtlSeconds: config.REFRESH_TOKEN_TTL_SECONDS,
      maxFailures: config.LOGIN_MAX_FAILURES,
      failureWindowSeconds: config.LOGIN_WINDOW_SECONDS,
    };
  }

  async login(email: string, password: string): Promise<TokenPair> {
    const key = email.trim().toLowerCase();
    await this.reserveAttempt(key);
    const user = await this.users.findByEmail(key);
    // Verify against a dummy hash when the user is unknown, so timing does not reveal accounts.
    const valid = await PasswordHasher.verify(user?.passwordHash ?? (await timingDummyHash()), password);
    // A failure needs no write: the reservation already counts it.
    if (!user || !valid || !user.active) throw new IdentityError(IdentityErrorCode.InvalidCredentials);
    await this.failures.clear(key);
    return this.db.transaction((manager) => this.issue(manager, user.id, randomUUID()));
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
      return this.issue(manager, row.userId, row.familyId);
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

  /**
   * Counts this attempt as a failure before the password is checked, or
   * refuses it when the window is full. Checking and recording in one step
   * under a per-account lock is what stops parallel guesses: were the count
   * read first and the failure written after the (slow) hash check, every
   * request of a burst would see the same low count. A success removes the
   * reservation with the rest; for an unknown account the path is the same.
   */
  private async reserveAttempt(key: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      // Held until commit: the next attempt on this account counts after this one is written.
      await this.failures.lockAccount(manager, key);
      const now = this.clock.now();
      const since = new Date(now.getTime() - this.policy.failureWindowSeconds * 1000);
      const { count, oldest } = await this.failures.countSince(manager, key, since);
      // A full window has at least one attempt in it, so `oldest` is set.
      if (count >= this.policy.maxFailures && oldest) {
        const endsAt = oldest.getTime() + this.policy.failureWindowSeconds * 1000;
        const retryAfterSeconds = Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000));
        throw IdentityError.tooManyAttempts(this.policy.failureWindowSeconds, retryAfterSeconds);
      }
      await this.failures.record(manager, key, now);
    });
  }

  private async issue(manager: EntityManager, userId: string, familyId: string): Promise<TokenPair> {
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
