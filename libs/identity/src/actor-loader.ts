import { Injectable } from '@nestjs/common';
import { AppConfig } from '@kyodo/config';
import type { Actor } from '@kyodo/platform';
import { secondFactorRequired } from './mfa/mfa-policy';
import { type UserGrants, UserRepository } from './users/user.repository';
import { ActorGrantsCache } from './actor-grants-cache';

/**
 * Builds the Actor for a request from the person's current grants: read from the database, or from the few-moment
 * cache whose safety ActorGrantsCache explains, so a removed role or a deactivated user takes effect at once.
 */
@Injectable()
export class ActorLoader {
  private readonly operatorMfaRequired: boolean;

  constructor(
    private readonly users: UserRepository,
    private readonly cache: ActorGrantsCache,
    config: AppConfig,
  ) {
    this.operatorMfaRequired = config.operatorMfaRequired;
  }

  async load(userId: string, familyId: string, requestId: string): Promise<Actor | null> {
    const grants = await this.grantsOf(userId, familyId);
    if (!grants) return null;
    const roles = [...new Set(grants.memberships.map((m) => m.role))];
    const mfaEnrollmentRequired =
      !grants.viaSso &&
      !grants.mfaEnrolled &&
      secondFactorRequired(
        { platformAdmin: grants.platformAdmin, roles },
        { operator: this.operatorMfaRequired, staffOfMunicipality: grants.mfaRequiredForStaff },
      );
    return {
      userId,
      municipalityId: grants.municipalityId,
      platformAdmin: grants.platformAdmin,
      roles,
      memberships: grants.memberships,
      locale: grants.locale,
      requestId,
      ...(grants.mustChangePassword && !grants.viaSso ? { passwordChangeRequired: true } : {}),
      ...(mfaEnrollmentRequired ? { mfaEnrollmentRequired: true } : {}),
    };
  }

  /** A live session's grants; null when the user is inactive or the session ended (never cached). */
  private async grantsOf(userId: string, familyId: string): Promise<UserGrants | null> {
    const cached = this.cache.get(userId, familyId, Date.now());
    if (cached) return cached;
    const generation = this.cache.currentGeneration();
    const grants = await this.users.activeGrants(userId, familyId);
    if (!grants || !grants.session) return null;
    // Frozen: every request of the session shares these, and none may change them.
    for (const membership of grants.memberships) Object.freeze(membership);
    Object.freeze(grants.memberships);
    this.cache.set(userId, familyId, Object.freeze(grants), generation, Date.now());
    return grants;
  }
}
