import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { Clock } from '@kyodo/platform';
import { LoginFailureEntity, RefreshTokenEntity, UserEntity } from '@kyodo/persistence';
import type { AccessTokens } from './access-token';
import { IdentityError, IdentityErrorCode } from './identity-errors';
import { PasswordHasher, timingDummyHash } from './password-hasher';

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
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: AccessTokens,
    private readonly clock: Clock,
    private readonly policy: AuthPolicy,
  ) {}

  async login(email: string, password: string): Promise<TokenPair> {
    const key = email.trim().toLowerCase();
    await this.reserveAttempt(key);
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email: key });
    // Verify against a dummy hash when the user is unknown, so timing does not reveal accounts.
    const valid = await PasswordHasher.verify(user?.passwordHash ?? (await timingDummyHash()), password);
    // A failure needs no write: the reservation already counts it.
    if (!user || !valid || !user.active) throw new IdentityError(IdentityErrorCode.InvalidCredentials);
    await this.dataSource.getRepository(LoginFailureEntity).delete({ key });
    return this.dataSource.transaction((manager) => this.issue(manager, user.id, randomUUID()));
  }

  async refresh(refreshToken: string): Promise<TokenPair> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<TokenPair | 'reused'> => {
      const [row] = await manager.query(
        `SELECT id, family_id, user_id, expires_at, used_at, revoked_at FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE`,
        [sha256(refreshToken)],
      );
      const now = this.clock.now();
      if (!row || row.revoked_at || new Date(row.expires_at) <= now) {
        throw new IdentityError(IdentityErrorCode.InvalidRefreshToken);
      }
      if (row.used_at) {
        // Reuse of a rotated token: whoever holds the family now may be an attacker.
        // Committed before answering, so the revocation survives the error below.
        await this.revokeFamily(manager, row.family_id);
        return 'reused';
      }
      const [user] = await manager.query(`SELECT active FROM users WHERE id = $1`, [row.user_id]);
      if (!user?.active) throw new IdentityError(IdentityErrorCode.InvalidRefreshToken);
      await manager.update(RefreshTokenEntity, { id: row.id }, { usedAt: now });
      return this.issue(manager, row.user_id, row.family_id);
    });
    if (outcome === 'reused') throw new IdentityError(IdentityErrorCode.InvalidRefreshToken);
    return outcome;
  }

  /** Revokes the login family; the access tokens of that family stop working at once. */
  async logout(familyId: string): Promise<void> {
    await this.dataSource.transaction((manager) => this.revokeFamily(manager, familyId));
  }

  /** True while the family has an unrevoked token; checked on every authenticated request. */
  async isSessionActive(familyId: string): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT 1 FROM refresh_tokens WHERE family_id = $1 AND revoked_at IS NULL LIMIT 1`,
      [familyId],
    );
    return Boolean(row);
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
    await this.dataSource.transaction(async (manager) => {
      // Held until commit: the next attempt on this account counts after this one is written.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`login:${key}`]);
      const now = this.clock.now();
      const since = new Date(now.getTime() - this.policy.failureWindowSeconds * 1000);
      const [{ count, oldest }] = await manager.query(
        `SELECT count(*)::int AS count, min(at) AS oldest FROM login_failures WHERE key = $1 AND at > $2`,
        [key, since],
      );
      if (count >= this.policy.maxFailures) {
        const endsAt = new Date(oldest).getTime() + this.policy.failureWindowSeconds * 1000;
        const retryAfterSeconds = Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000));
        throw new IdentityError(IdentityErrorCode.TooManyAttempts, { retryAfterSeconds });
      }
      await manager.insert(LoginFailureEntity, { key, at: now });
    });
  }

  private async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`, [
      familyId,
    ]);
  }

  private async issue(manager: EntityManager, userId: string, familyId: string): Promise<TokenPair> {
    const now = this.clock.now();
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshExpiresAt = new Date(now.getTime() + this.policy.refreshTtlSeconds * 1000);
    await manager.insert(RefreshTokenEntity, {
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
