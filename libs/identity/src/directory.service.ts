import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { type Actor, type Clock, hasRole, type Role, ValidationFailedError } from '@kyodo/platform';
import {
  ActivityFieldEntity,
  CommitteeEntity,
  CommitteeMemberEntity,
  isUniqueViolation,
  MembershipEntity,
  MunicipalityEntity,
  OrganizationEntity,
  type OrganizationKind,
  UserEntity,
} from '@kyodo/persistence';
import { appendAudit } from '@kyodo/audit';
import { NPO_ACT_ACTIVITY_FIELDS } from './activity-fields';
import {
  type DirectoryCommittee,
  type DirectoryUser,
  listDirectoryCommittees,
  listDirectoryUsers,
} from './directory-reads';
import { IdentityError, IdentityErrorCode } from './identity-errors';
import { PasswordHasher } from './password-hasher';
import { passwordPolicyViolations } from './password-policy';
import {
  type NewAdministrator,
  type RegisteredAdministrator,
  registerMunicipalityAdministrator,
} from './municipality-administrator';

export interface NewMunicipality {
  code: string;
  nameJa: string;
  nameEn: string;
  namesCommittee?: boolean;
}
export interface NewOrganization {
  municipalityId?: string;
  kind: OrganizationKind;
  nameJa: string;
  nameEn: string;
}
export interface NewUser {
  municipalityId?: string;
  email: string;
  displayName: string;
  password: string;
  locale: 'ja' | 'en';
}
export interface NewCommittee {
  municipalityId?: string;
  nameJa: string;
  nameEn: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Municipalities, organisations, users, roles and committees. Every method
 * checks who asks, scopes to their municipality, writes, and records an
 * audit entry in the same transaction.
 */
export class DirectoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async createMunicipality(actor: Actor, input: NewMunicipality): Promise<MunicipalityEntity> {
    if (!actor.platformAdmin) throw new IdentityError(IdentityErrorCode.Forbidden);
    const row: MunicipalityEntity = {
      id: randomUUID(),
      code: input.code,
      nameJa: input.nameJa,
      nameEn: input.nameEn,
      namesCommittee: input.namesCommittee ?? false,
      createdAt: this.clock.now(),
    };
    return this.write(
      actor,
      row.id,
      'municipality.created',
      row,
      IdentityErrorCode.MunicipalityCodeTaken,
      async (m) => {
        await m.insert(MunicipalityEntity, row);
        // Every municipality starts with the NPO Act's 20 fields; it may configure its own list later.
        await m.insert(
          ActivityFieldEntity,
          NPO_ACT_ACTIVITY_FIELDS.map((field, position) => ({
            municipalityId: row.id,
            key: field.key,
            labelJa: field.ja,
            labelEn: field.en,
            position,
          })),
        );
        return row;
      },
    );
  }

  async listMunicipalities(actor: Actor): Promise<MunicipalityEntity[]> {
    if (actor.platformAdmin) return this.dataSource.getRepository(MunicipalityEntity).find({ order: { code: 'ASC' } });
    if (!actor.municipalityId) return [];
    return this.dataSource.getRepository(MunicipalityEntity).findBy({ id: actor.municipalityId });
  }

  /** A municipality's administrator with their department, in one transaction (platform operator). */
  registerAdministrator(
    actor: Actor,
    municipalityId: string,
    input: NewAdministrator,
  ): Promise<RegisteredAdministrator> {
    return registerMunicipalityAdministrator(this.dataSource, this.clock, actor, municipalityId, input);
  }

  async createOrganization(actor: Actor, input: NewOrganization): Promise<OrganizationEntity> {
    const municipalityId = await this.adminScope(actor, input.municipalityId);
    const row: OrganizationEntity = {
      id: randomUUID(),
      municipalityId,
      kind: input.kind,
      nameJa: input.nameJa,
      nameEn: input.nameEn,
      createdAt: this.clock.now(),
    };
    return this.write(actor, municipalityId, 'organization.created', row, null, (m) =>
      m.insert(OrganizationEntity, row),
    );
  }

  async listActivityFields(actor: Actor): Promise<ActivityFieldEntity[]> {
    if (!actor.municipalityId) return [];
    return this.dataSource.getRepository(ActivityFieldEntity).find({
      where: { municipalityId: actor.municipalityId },
      order: { position: 'ASC' },
    });
  }

  /** A municipality's own list of activity fields (活動分野), replacing the current one. */
  async setActivityFields(
    actor: Actor,
    fields: Array<{ key: string; labelJa: string; labelEn: string }>,
  ): Promise<ActivityFieldEntity[]> {
    const municipalityId = await this.adminScope(actor);
    const rows = fields.map((field, position) => ({ municipalityId, ...field, position }));
    return this.write(
      actor,
      municipalityId,
      'activity_fields.replaced',
      { keys: fields.map((f) => f.key) },
      null,
      async (m) => {
        await m.delete(ActivityFieldEntity, { municipalityId });
        await m.insert(ActivityFieldEntity, rows);
        return rows;
      },
    );
  }

  async listOrganizations(actor: Actor, municipalityId?: string): Promise<OrganizationEntity[]> {
    const scope = actor.platformAdmin && municipalityId ? municipalityId : actor.municipalityId;
    if (!scope) return [];
    return this.dataSource.getRepository(OrganizationEntity).find({
      where: { municipalityId: scope },
      order: { kind: 'ASC', nameJa: 'ASC' },
    });
  }

  async createUser(actor: Actor, input: NewUser): Promise<Omit<UserEntity, 'passwordHash'>> {
    const municipalityId = await this.adminScope(actor, input.municipalityId);
    const violations = passwordPolicyViolations(input.password, input.email);
    if (violations.length > 0) {
      // In the caller's language, like the problem's title.
      throw new ValidationFailedError([{ field: 'password', messages: violations.map((v) => v.text[actor.locale]) }]);
    }
    const row: UserEntity = {
      id: randomUUID(),
      municipalityId,
      email: input.email.trim().toLowerCase(),
      displayName: input.displayName,
      passwordHash: await PasswordHasher.hash(input.password),
      locale: input.locale,
      platformAdmin: false,
      active: true,
      createdAt: this.clock.now(),
    };
    const { passwordHash: _hidden, ...visible } = row;
    return this.write(actor, municipalityId, 'user.created', visible, IdentityErrorCode.EmailTaken, async (m) => {
      await m.insert(UserEntity, row);
      return visible;
    });
  }

  /** Users of the caller's municipality with their roles (admin, secretariat); `role` filters. */
  listUsers(actor: Actor, role?: Role): Promise<DirectoryUser[]> {
    return listDirectoryUsers(this.dataSource, actor, role);
  }

  /** Committees of the caller's municipality with their members (admin, secretariat). */
  listCommittees(actor: Actor): Promise<DirectoryCommittee[]> {
    return listDirectoryCommittees(this.dataSource, actor);
  }

  async addOrganizationMember(
    actor: Actor,
    organizationId: string,
    input: { userId: string; role: Role },
  ): Promise<MembershipEntity> {
    const organization = await this.findInScope(
      OrganizationEntity,
      organizationId,
      actor,
      IdentityErrorCode.UnknownOrganization,
    );
    await this.adminScope(actor, organization.municipalityId);
    await this.findInScope(UserEntity, input.userId, actor, IdentityErrorCode.UnknownUser, organization.municipalityId);
    return this.addMembership(actor, organization.municipalityId, input.userId, organizationId, input.role);
  }

  async createCommittee(actor: Actor, input: NewCommittee): Promise<CommitteeEntity> {
    const municipalityId = await this.adminScope(actor, input.municipalityId);
    const row: CommitteeEntity = {
      id: randomUUID(),
      municipalityId,
      nameJa: input.nameJa,
      nameEn: input.nameEn,
      createdAt: this.clock.now(),
    };
    return this.write(actor, municipalityId, 'committee.created', row, null, (m) => m.insert(CommitteeEntity, row));
  }

  async addCommitteeMember(
    actor: Actor,
    committeeId: string,
    input: { userId: string; position: 'member' | 'chair'; affiliation?: string },
  ): Promise<CommitteeMemberEntity> {
    const committee = await this.findInScope(CommitteeEntity, committeeId, actor, IdentityErrorCode.UnknownCommittee);
    await this.adminScope(actor, committee.municipalityId);
    await this.findInScope(UserEntity, input.userId, actor, IdentityErrorCode.UnknownUser, committee.municipalityId);
    const row: CommitteeMemberEntity = {
      committeeId,
      userId: input.userId,
      municipalityId: committee.municipalityId,
      position: input.position,
      affiliation: input.affiliation ?? null,
      createdAt: this.clock.now(),
    };
    const role: Role = input.position === 'chair' ? 'committee_chair' : 'committee_member';
    return this.write(
      actor,
      committee.municipalityId,
      'committee.member_added',
      row,
      IdentityErrorCode.MembershipExists,
      async (m) => {
        await m.insert(CommitteeMemberEntity, row);
        await m.query(
          `INSERT INTO memberships (id, municipality_id, user_id, organization_id, role) VALUES ($1, $2, $3, NULL, $4)
         ON CONFLICT DO NOTHING`,
          [randomUUID(), committee.municipalityId, input.userId, role],
        );
        return row;
      },
    );
  }

  /** Grants a role; used by the routes above and by the demo seed. */
  async addMembership(
    actor: Actor,
    municipalityId: string,
    userId: string,
    organizationId: string | null,
    role: Role,
  ): Promise<MembershipEntity> {
    const row: MembershipEntity = {
      id: randomUUID(),
      municipalityId,
      userId,
      organizationId,
      role,
      createdAt: this.clock.now(),
    };
    return this.write(actor, municipalityId, 'membership.granted', row, IdentityErrorCode.MembershipExists, (m) =>
      m.insert(MembershipEntity, row),
    );
  }

  /** The municipality an admin acts on: their own, or any for the platform operator. */
  private async adminScope(actor: Actor, requested?: string): Promise<string> {
    if (actor.platformAdmin) {
      const id = requested ?? actor.municipalityId;
      if (!id) throw new IdentityError(IdentityErrorCode.UnknownMunicipality);
      const exists = await this.dataSource.getRepository(MunicipalityEntity).existsBy({ id });
      if (!exists) throw new IdentityError(IdentityErrorCode.UnknownMunicipality);
      return id;
    }
    if (!hasRole(actor, 'admin') || !actor.municipalityId) throw new IdentityError(IdentityErrorCode.Forbidden);
    if (requested && requested !== actor.municipalityId) throw new IdentityError(IdentityErrorCode.UnknownMunicipality);
    return actor.municipalityId;
  }

  /** Loads a row of the caller's municipality; another tenant's row is simply not found. */
  private async findInScope<T extends { id: string; municipalityId: string | null }>(
    entity: new () => T,
    id: string,
    actor: Actor,
    notFound: IdentityErrorCode,
    municipalityId?: string,
  ): Promise<T> {
    const row = (await this.dataSource.getRepository(entity).findOneBy({ id } as never)) as T | null;
    const scope = municipalityId ?? actor.municipalityId;
    if (
      !row ||
      (!actor.platformAdmin && row.municipalityId !== scope) ||
      (municipalityId && row.municipalityId !== municipalityId)
    ) {
      throw new IdentityError(notFound);
    }
    return row;
  }

  private async write<T>(
    actor: Actor,
    municipalityId: string,
    action: string,
    after: unknown,
    onDuplicate: IdentityErrorCode | null,
    change: (manager: EntityManager) => Promise<unknown>,
  ): Promise<T> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const result = await change(manager);
        await appendAudit(manager, {
          municipalityId,
          stream: `municipality:${municipalityId}`,
          action,
          actorId: actor.userId,
          actorRole: actor.platformAdmin ? 'platform_admin' : (actor.roles[0] ?? null),
          requestId: actor.requestId,
          after,
          at: this.clock.now(),
        });
        return (result && typeof result === 'object' && !('identifiers' in result) ? result : after) as T;
      });
    } catch (error) {
      if (onDuplicate && isUniqueViolation(error)) throw new IdentityError(onDuplicate);
      throw error;
    }
  }
}
