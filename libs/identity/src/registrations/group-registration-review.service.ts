import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditLog } from '@kyodo/audit';
import { type Actor, Clock } from '@kyodo/platform';
import { Outbox } from '@kyodo/queues';
import { DirectoryScope } from '../directory-scope';
import { DirectoryWriter } from '../directory-writer';
import { IdentityError, IdentityErrorCode } from '../identity-errors';
import type { OrganizationEntity } from '../organizations/organization.entity';
import { OrganizationContactRepository } from '../organizations/organization-contact.repository';
import { OrganizationRepository } from '../organizations/organization.repository';
import type { MembershipEntity } from '../users/membership.entity';
import { MembershipRepository } from '../users/membership.repository';
import type { UserEntity } from '../users/user.entity';
import { UserRepository } from '../users/user.repository';
import type { GroupRegistrationStatus } from './group-registration.entity';
import {
  GroupRegistrationRepository,
  type GroupRegistrationRow,
  REVIEWED_STATUSES,
} from './group-registration.repository';

/** A registration as the secretariat reads it: no password hash, no link. */
export type ReviewedGroupRegistration = Omit<GroupRegistrationRow, 'passwordHash' | 'tokenHash' | 'linkExpiresAt'>;

const reviewed = ({ passwordHash: _p, tokenHash: _t, linkExpiresAt: _l, ...row }: GroupRegistrationRow) => row;

/**
 * 団体登録, the secretariat's side (its own municipality's only; another's is not found): the list, a registration
 * and its 会則, and the decision. Approval creates the group (an organisation of kind group, with its contact), the
 * representative's account with the password chosen at registration, and the proposer role in the group — in one
 * transaction with the audit entry; each decision e-mails the group.
 */
@Injectable()
export class GroupRegistrationReviewService {
  constructor(
    private readonly registrations: GroupRegistrationRepository,
    private readonly organizations: OrganizationRepository,
    private readonly contacts: OrganizationContactRepository,
    private readonly users: UserRepository,
    private readonly memberships: MembershipRepository,
    private readonly scope: DirectoryScope,
    private readonly writer: DirectoryWriter,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, status?: GroupRegistrationStatus): Promise<ReviewedGroupRegistration[]> {
    const municipalityId = this.scope.staffScope(actor);
    return (await this.registrations.listFor(municipalityId, status)).map(reviewed);
  }

  async get(actor: Actor, id: string): Promise<ReviewedGroupRegistration> {
    return reviewed(await this.load(actor, id));
  }

  /** The 会則 as it was sent (a PDF, checked when it arrived). */
  async rules(actor: Actor, id: string): Promise<{ filename: string; sha256: string; data: Buffer }> {
    const row = await this.load(actor, id);
    const data = await this.registrations.rulesData(row.id);
    if (!data || !row.rulesFilename || !row.rulesSha256) {
      throw new IdentityError(IdentityErrorCode.UnknownGroupRegistration);
    }
    return { filename: row.rulesFilename, sha256: row.rulesSha256, data };
  }

  async approve(actor: Actor, id: string): Promise<ReviewedGroupRegistration> {
    const municipalityId = (await this.load(actor, id)).municipalityId;
    const now = this.clock.now();
    const organizationId = randomUUID();
    const userId = randomUUID();
    await this.writer.write(
      actor,
      municipalityId,
      'group_registration.approved',
      { id, organizationId, userId, role: 'proposer' },
      // The one unique key met here is the account's e-mail, taken since the registration was confirmed.
      IdentityErrorCode.EmailTaken,
      async (m) => {
        const row = await this.lockUnderReview(m, id);
        const organization: OrganizationEntity = {
          id: organizationId,
          municipalityId,
          kind: 'group',
          nameJa: row.nameJa,
          nameEn: row.nameEn,
          createdAt: now,
        };
        await this.organizations.insert(m, organization);
        await this.contacts.upsert(m, {
          organizationId,
          municipalityId,
          postalCode: row.postalCode,
          address: row.address,
          phone: row.phone || row.contactPhone,
          email: row.email,
          representativeName: row.representativeName,
          representativeTitle: row.representativeTitle,
          contactPerson: row.contactName,
          updatedAt: now,
          updatedBy: actor.userId,
        });
        const user: UserEntity = {
          id: userId,
          municipalityId,
          email: row.email,
          displayName: row.contactName,
          passwordHash: row.passwordHash,
          locale: row.locale,
          platformAdmin: false,
          active: true,
          mustChangePassword: false,
          passwordChangedAt: now,
          createdAt: now,
        };
        await this.users.insert(m, user);
        const membership: MembershipEntity = {
          id: randomUUID(),
          municipalityId,
          userId,
          organizationId,
          role: 'proposer',
          createdAt: now,
        };
        await this.memberships.insert(m, membership);
        // The same entries as when an administrator creates each of them, beside the approval's own.
        const { passwordHash: _hidden, passwordChangedAt: _changed, ...visible } = user;
        await this.record(m, actor, municipalityId, 'organization.created', organization);
        await this.record(m, actor, municipalityId, 'user.created', visible);
        await this.record(m, actor, municipalityId, 'membership.granted', membership);
        await this.decide(m, actor, id, 'approved', '', { organizationId, userId });
      },
    );
    return this.get(actor, id);
  }

  /** Returns the registration for the group to correct (it registers again, with the reasons at hand). */
  async returnForCorrection(actor: Actor, id: string, reasons: string): Promise<ReviewedGroupRegistration> {
    return this.close(actor, id, 'returned', reasons);
  }

  async refuse(actor: Actor, id: string, reasons: string): Promise<ReviewedGroupRegistration> {
    return this.close(actor, id, 'refused', reasons);
  }

  private async close(
    actor: Actor,
    id: string,
    status: 'returned' | 'refused',
    reasons: string,
  ): Promise<ReviewedGroupRegistration> {
    const municipalityId = (await this.load(actor, id)).municipalityId;
    await this.writer.write(actor, municipalityId, `group_registration.${status}`, { id, reasons }, null, async (m) => {
      await this.lockUnderReview(m, id);
      await this.decide(m, actor, id, status, reasons.trim(), {});
    });
    return this.get(actor, id);
  }

  private async decide(
    m: EntityManager,
    actor: Actor,
    id: string,
    status: 'approved' | 'returned' | 'refused',
    reasons: string,
    created: { organizationId?: string; userId?: string },
  ): Promise<void> {
    const municipalityId = actor.municipalityId;
    await this.registrations.update(m, id, {
      status,
      decisionReasons: reasons,
      decidedAt: this.clock.now(),
      decidedBy: actor.userId,
      ...created,
    });
    await this.outbox.enqueue(m, {
      name: 'account.group-registration',
      municipalityId,
      payload: { registrationId: id, mail: status },
      effectKey: `group-registration:${id}:${status}`,
    });
  }

  private async record(m: EntityManager, actor: Actor, municipalityId: string, action: string, after: unknown) {
    await this.audit.append(m, {
      municipalityId,
      stream: `municipality:${municipalityId}`,
      action,
      actorId: actor.userId,
      actorRole: actor.roles[0] ?? null,
      requestId: actor.requestId,
      after,
      at: this.clock.now(),
    });
  }

  private async lockUnderReview(m: EntityManager, id: string): Promise<GroupRegistrationRow> {
    const row = await this.registrations.lockById(m, id);
    if (!row) throw new IdentityError(IdentityErrorCode.UnknownGroupRegistration);
    if (row.status !== 'submitted') throw new IdentityError(IdentityErrorCode.RegistrationAlreadyDecided);
    return row;
  }

  /** The registration, when it is the caller's municipality's and past its e-mail confirmation. */
  private async load(actor: Actor, id: string): Promise<GroupRegistrationRow> {
    const municipalityId = this.scope.staffScope(actor);
    const row = await this.registrations.findById(id);
    if (!row || row.municipalityId !== municipalityId || !REVIEWED_STATUSES.includes(row.status)) {
      throw new IdentityError(IdentityErrorCode.UnknownGroupRegistration);
    }
    return row;
  }
}
