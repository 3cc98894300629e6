import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Role } from '@kyodo/platform';
import { MembershipEntity } from './membership.entity';

/** Roles held in a municipality (`memberships`); every write joins the caller's transaction. */
@Injectable()
export class MembershipRepository {
  async insert(manager: EntityManager, membership: MembershipEntity): Promise<void> {
    await manager.insert(MembershipEntity, membership);
  }

  /** Grants a role held in no organisation (a committee role), unless the user already holds it. */
  async grantUnlessHeld(
    manager: EntityManager,
    grant: { municipalityId: string; userId: string; role: Role },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO memberships (id, municipality_id, user_id, organization_id, role) VALUES ($1, $2, $3, NULL, $4)
       ON CONFLICT DO NOTHING`,
      [randomUUID(), grant.municipalityId, grant.userId, grant.role],
    );
  }

  /** Removes a role the user holds (in the organisation, or in none); false when they do not hold it. */
  async remove(
    manager: EntityManager,
    held: { municipalityId: string; userId: string; role: Role; organizationId: string | null },
  ): Promise<boolean> {
    const [, affected]: [unknown, number] = await manager.query(
      `DELETE FROM memberships
        WHERE municipality_id = $1 AND user_id = $2 AND role = $3 AND organization_id IS NOT DISTINCT FROM $4::uuid`,
      [held.municipalityId, held.userId, held.role, held.organizationId],
    );
    return affected > 0;
  }
}
