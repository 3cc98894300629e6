import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { OidcSignInEntity } from './oidc-sign-in.entity';

/** A started sign-in as the callback needs it. */
export interface ClaimedSignIn {
  id: string;
  municipalityId: string;
  browserHash: string;
  nonce: string;
  codeVerifier: string;
}

/** Sign-ins through a provider under way (`oidc_sign_ins`); each step happens once, even for two requests at once. */
@Injectable()
export class OidcSignInRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(row: Omit<OidcSignInEntity, 'createdAt'>): Promise<void> {
    await this.db.getRepository(OidcSignInEntity).insert(row);
  }

  /**
   * Forgets sign-ins that ended before `before` without starting a session (abandoned at the provider, refused, or
   * their code never exchanged); a row that started a session stays while it may mark that session as single sign-on.
   */
  async forgetStale(before: Date): Promise<void> {
    await this.db
      .createQueryBuilder()
      .delete()
      .from(OidcSignInEntity)
      .where('expires_at < :before AND family_id IS NULL', { before })
      .execute();
  }

  /**
   * Uses up the started, unexpired sign-in with this state and answers it; null when there is none (unknown,
   * expired, or its callback came already). A state is good for one callback, whatever its outcome.
   */
  async claim(stateHash: string, now: Date): Promise<ClaimedSignIn | null> {
    const result = await this.db
      .createQueryBuilder()
      .update(OidcSignInEntity)
      .set({ completedAt: now })
      .where('state_hash = :stateHash AND completed_at IS NULL AND expires_at > :now', { stateHash, now })
      .returning('id, municipality_id, browser_hash, nonce, code_verifier')
      .execute();
    const row = (result.raw as Array<Record<string, string>>)[0];
    if (!row) return null;
    return {
      id: row.id!,
      municipalityId: row.municipality_id!,
      browserHash: row.browser_hash!,
      nonce: row.nonce!,
      codeVerifier: row.code_verifier!,
    };
  }

  /** Records who signed in and the sha256 of the one-time code that hands the session to the web app. */
  async setHandoff(
    manager: EntityManager,
    id: string,
    handoff: { userId: string; handoffHash: string; handoffExpiresAt: Date },
  ): Promise<void> {
    await manager.update(OidcSignInEntity, { id }, handoff);
  }

  /** Uses up the one-time code: the user it signs in, or null (unknown, expired or used). */
  async useHandoff(
    manager: EntityManager,
    handoffHash: string,
    now: Date,
  ): Promise<{ id: string; userId: string } | null> {
    const result = await manager
      .createQueryBuilder()
      .update(OidcSignInEntity)
      .set({ handedOffAt: now })
      .where('handoff_hash = :handoffHash AND handed_off_at IS NULL AND handoff_expires_at > :now', {
        handoffHash,
        now,
      })
      .returning('id, user_id')
      .execute();
    const row = (result.raw as Array<Record<string, string>>)[0];
    return row ? { id: row.id!, userId: row.user_id! } : null;
  }

  /** The session the sign-in started: such a session is not asked for a TOTP code (the provider has its own). */
  async setFamily(manager: EntityManager, id: string, familyId: string): Promise<void> {
    await manager.update(OidcSignInEntity, { id }, { familyId });
  }
}
