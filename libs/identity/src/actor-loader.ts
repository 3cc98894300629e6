import { Injectable } from '@nestjs/common';
import { AppConfig } from '@kyodo/config';
import type { Actor } from '@kyodo/platform';
import { secondFactorRequired } from './mfa/mfa-policy';
import { UserRepository } from './users/user.repository';

/**
 * Builds the Actor for a request from the database on every call, so a
 * removed role or a deactivated user takes effect at once.
 */
@Injectable()
export class ActorLoader {
  private readonly operatorMfaRequired: boolean;

  constructor(
    private readonly users: UserRepository,
    config: AppConfig,
  ) {
    this.operatorMfaRequired = config.operatorMfaRequired;
  }

  async load(userId: string, familyId: string, requestId: string): Promise<Actor | null> {
    const grants = await this.users.activeGrants(userId, familyId);
    if (!grants || !grants.session) return null;
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
}
