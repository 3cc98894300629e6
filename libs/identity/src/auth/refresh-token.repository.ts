import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { RefreshTokenEntity } from './refresh-token.entity';

/** A stored refresh token as rotation needs it. */
export interface StoredRefreshToken {
  id: string;
  familyId: string;
  userId: string;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
  userAgent: string | null;
}

/** One open sign-in of a user (a refresh family), as the account page lists it. */
export interface OpenSignIn {
  familyId: string;
  userAgent: string | null;
  startedAt: Date;
  lastUsedAt: Date;
}

interface RefreshTokenRow {
  id: string;
  family_id: string;
  user_id: string;
  expires_at: Date | string;
  used_at: Date | string | null;
  revoked_at: Date | string | null;
  user_agent: string | null;
}

const asDate = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

/** Rotating refresh tokens (`refresh_tokens`), stored by their sha256 only. */
@Injectable()
export class RefreshTokenRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The token with this hash, locked until the caller's transaction ends; null when unknown. */
  async lockByHash(manager: EntityManager, tokenHash: string): Promise<StoredRefreshToken | null> {
    const rows: RefreshTokenRow[] = await manager.query(
      `SELECT id, family_id, user_id, expires_at, used_at, revoked_at, user_agent
         FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE`,
      [tokenHash],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      familyId: row.family_id,
      userId: row.user_id,
      expiresAt: new Date(row.expires_at),
      usedAt: asDate(row.used_at),
      revokedAt: asDate(row.revoked_at),
      userAgent: row.user_agent,
    };
  }

  async insert(manager: EntityManager, token: Omit<RefreshTokenEntity, 'createdAt'>): Promise<void> {
    await manager.insert(RefreshTokenEntity, token);
  }

  async markUsed(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.update(RefreshTokenEntity, { id }, { usedAt: at });
  }

  /** Revokes every token of the login family that is not revoked yet. */
  async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`, [
      familyId,
    ]);
  }

  /**
   * Ends sign-ins of a user: revokes every open token of every family, except the family named
   * (the sign-in making the change keeps going). Access tokens die with their family, because
   * each request checks that its family is still open.
   */
  async revokeAllForUser(manager: EntityManager, userId: string, exceptFamilyId?: string): Promise<number> {
    const [, affected]: [unknown, number] = await manager.query(
      `UPDATE refresh_tokens SET revoked_at = now()
        WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR family_id <> $2::uuid)`,
      [userId, exceptFamilyId ?? null],
    );
    return affected;
  }

  /**
   * Revokes one login family of this user; false when the user has no open family by that id (another person's
   * family is not theirs to end).
   */
  async revokeFamilyOf(manager: EntityManager, userId: string, familyId: string): Promise<boolean> {
    const [, affected]: [unknown, number] = await manager.query(
      `UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND family_id = $2 AND revoked_at IS NULL`,
      [userId, familyId],
    );
    return affected > 0;
  }

  /** The user's open sign-ins, the latest used first: a family is open while it has an unrevoked, unexpired token. */
  async openSignIns(userId: string): Promise<OpenSignIn[]> {
    const rows: Array<{
      family_id: string;
      user_agent: string | null;
      started_at: Date | string;
      last_used_at: Date | string;
    }> = await this.db.query(
      `SELECT family_id, (array_agg(user_agent ORDER BY created_at))[1] AS user_agent,
                min(created_at) AS started_at, max(created_at) AS last_used_at
           FROM refresh_tokens
          WHERE user_id = $1
          GROUP BY family_id
         HAVING bool_or(revoked_at IS NULL AND used_at IS NULL AND expires_at > now())
          ORDER BY max(created_at) DESC, family_id`,
      [userId],
    );
    return rows.map((r) => ({
      familyId: r.family_id,
      userAgent: r.user_agent,
      startedAt: new Date(r.started_at),
      lastUsedAt: new Date(r.last_used_at),
    }));
  }

  /** True while the family has an unrevoked token. */
  async isFamilyOpen(familyId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM refresh_tokens WHERE family_id = $1 AND revoked_at IS NULL LIMIT 1`,
      [familyId],
    );
    return rows.length > 0;
  }
}
