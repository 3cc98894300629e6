import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, Clock, ValidationFailedError } from '@kyodo/platform';
import { isUniqueViolation } from '@kyodo/persistence';
import { AuditLog } from '@kyodo/audit';
import { IdentityError, IdentityErrorCode } from '../identity-errors';
import { MunicipalityRepository } from './municipality.repository';
import type { OrganizationEntity } from '../organizations/organization.entity';
import { OrganizationRepository } from '../organizations/organization.repository';
import type { MembershipEntity } from '../users/membership.entity';
import { MembershipRepository } from '../users/membership.repository';
import type { UserEntity } from '../users/user.entity';
import { UserRepository } from '../users/user.repository';
import { PasswordHasher } from '../password-hasher';
import { passwordPolicyViolations } from '../password-policy';

export interface NewAdministrator {
  /** The administrator's own section (市民活動推進課 …), created as a department of the municipality. */
  /** The English name is optional: stored empty, shown as the Japanese one. */
  department: { nameJa: string; nameEn?: string };
  /** `mustChangePassword`: the password is an initial one the operator hands out, changed at first sign-in. */
  user: { email: string; displayName: string; password: string; locale: 'ja' | 'en'; mustChangePassword?: boolean };
}

export interface RegisteredAdministrator {
  user: Omit<UserEntity, 'passwordHash' | 'passwordChangedAt'>;
  organization: OrganizationEntity;
  membership: MembershipEntity;
}

/**
 * The platform operator gives a municipality an administrator: their department, their account and the admin
 * role in it, all in one transaction with the same audit entries the three separate admin operations write — so a
 * refusal (an e-mail already in use) leaves nothing behind.
 */
@Injectable()
export class AdministratorRegistration {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly municipalities: MunicipalityRepository,
    private readonly organizations: OrganizationRepository,
    private readonly users: UserRepository,
    private readonly memberships: MembershipRepository,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async register(actor: Actor, municipalityId: string, input: NewAdministrator): Promise<RegisteredAdministrator> {
    if (!actor.platformAdmin) throw new IdentityError(IdentityErrorCode.Forbidden);
    if (!(await this.municipalities.exists(municipalityId))) {
      throw new IdentityError(IdentityErrorCode.UnknownMunicipality);
    }
    const violations = passwordPolicyViolations(input.user.password, input.user.email);
    if (violations.length > 0) {
      // The body's own name of the field, in the caller's language like the problem's title.
      throw new ValidationFailedError([
        { field: 'user.password', messages: violations.map((v) => v.text[actor.locale]) },
      ]);
    }
    const now = this.clock.now();
    const organization: OrganizationEntity = {
      id: randomUUID(),
      municipalityId,
      kind: 'department',
      nameJa: input.department.nameJa,
      nameEn: input.department.nameEn ?? '',
      createdAt: now,
    };
    const stored: UserEntity = {
      id: randomUUID(),
      municipalityId,
      email: input.user.email.trim().toLowerCase(),
      displayName: input.user.displayName,
      passwordHash: await PasswordHasher.hash(input.user.password),
      locale: input.user.locale,
      platformAdmin: false,
      active: true,
      mustChangePassword: input.user.mustChangePassword ?? false,
      passwordChangedAt: null,
      createdAt: now,
    };
    const { passwordHash: _hidden, passwordChangedAt: _changed, ...user } = stored;
    const membership: MembershipEntity = {
      id: randomUUID(),
      municipalityId,
      userId: user.id,
      organizationId: organization.id,
      role: 'admin',
      createdAt: now,
    };
    const audit = (manager: EntityManager, action: string, after: unknown) =>
      this.audit.append(manager, {
        municipalityId,
        stream: `municipality:${municipalityId}`,
        action,
        actorId: actor.userId,
        actorRole: 'platform_admin',
        requestId: actor.requestId,
        after,
        at: now,
      });
    try {
      await this.db.transaction(async (manager) => {
        await this.organizations.insert(manager, organization);
        await audit(manager, 'organization.created', organization);
        await this.users.insert(manager, stored);
        await audit(manager, 'user.created', user);
        await this.memberships.insert(manager, membership);
        await audit(manager, 'membership.granted', membership);
      });
    } catch (error) {
      // The one unique key a new department, account and role can meet is the account's e-mail.
      if (isUniqueViolation(error)) throw new IdentityError(IdentityErrorCode.EmailTaken);
      throw error;
    }
    return { user, organization, membership };
  }
}
