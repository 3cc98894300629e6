import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type Actor, Clock, type Role } from '@kyodo/platform';
import { DirectoryScope, inScope } from '../directory-scope';
import { DirectoryWriter } from '../directory-writer';
import { IdentityErrorCode } from '../identity-errors';
import type { MembershipEntity } from '../users/membership.entity';
import { UserRepository } from '../users/user.repository';
import { UsersService } from '../users/users.service';
import type { OrganizationEntity, OrganizationKind } from './organization.entity';
import { OrganizationRepository } from './organization.repository';

export interface NewOrganization {
  municipalityId?: string;
  kind: OrganizationKind;
  nameJa: string;
  /** Optional: stored empty, shown as the Japanese name. */
  nameEn?: string;
}

/** Citizen groups, departments and intermediaries, and the roles held in them. */
@Injectable()
export class OrganizationsService {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly users: UserRepository,
    private readonly usersService: UsersService,
    private readonly scope: DirectoryScope,
    private readonly writer: DirectoryWriter,
    private readonly clock: Clock,
  ) {}

  async createOrganization(actor: Actor, input: NewOrganization): Promise<OrganizationEntity> {
    const municipalityId = await this.scope.adminScope(actor, input.municipalityId);
    const row: OrganizationEntity = {
      id: randomUUID(),
      municipalityId,
      kind: input.kind,
      nameJa: input.nameJa,
      nameEn: input.nameEn ?? '',
      createdAt: this.clock.now(),
    };
    return this.writer.write(actor, municipalityId, 'organization.created', row, null, async (m) => {
      await this.organizations.insert(m, row);
      return row;
    });
  }

  async listOrganizations(actor: Actor, municipalityId?: string): Promise<OrganizationEntity[]> {
    const scope = actor.platformAdmin && municipalityId ? municipalityId : actor.municipalityId;
    if (!scope) return [];
    return this.organizations.listFor(scope);
  }

  async addOrganizationMember(
    actor: Actor,
    organizationId: string,
    input: { userId: string; role: Role },
  ): Promise<MembershipEntity> {
    const organization = inScope(
      await this.organizations.findById(organizationId),
      actor,
      IdentityErrorCode.UnknownOrganization,
    );
    await this.scope.adminScope(actor, organization.municipalityId);
    inScope(await this.users.findById(input.userId), actor, IdentityErrorCode.UnknownUser, organization.municipalityId);
    return this.usersService.addMembership(
      actor,
      organization.municipalityId,
      input.userId,
      organizationId,
      input.role,
    );
  }
}
