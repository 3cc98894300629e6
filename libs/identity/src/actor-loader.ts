import { Injectable } from '@nestjs/common';
import type { Actor } from '@kyodo/platform';
import { UserRepository } from './users/user.repository';

/**
 * Builds the Actor for a request from the database on every call, so a
 * removed role or a deactivated user takes effect at once.
 */
@Injectable()
export class ActorLoader {
  constructor(private readonly users: UserRepository) {}

  async load(userId: string, familyId: string, requestId: string): Promise<Actor | null> {
    const grants = await this.users.activeGrants(userId, familyId);
    if (!grants || !grants.session) return null;
    return {
      userId,
      municipalityId: grants.municipalityId,
      platformAdmin: grants.platformAdmin,
      roles: [...new Set(grants.memberships.map((m) => m.role))],
      memberships: grants.memberships,
      locale: grants.locale,
      requestId,
      ...(grants.mustChangePassword ? { passwordChangeRequired: true } : {}),
    };
  }
}
