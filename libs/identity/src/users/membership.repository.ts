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
}
