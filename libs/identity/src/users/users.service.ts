import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type Actor, Clock, type Role, ValidationFailedError } from '@kyodo/platform';
import { DirectoryScope } from '../directory-scope';
import { DirectoryWriter } from '../directory-writer';
import { RefreshTokenRepository } from '../auth/refresh-token.repository';
import { IdentityError, IdentityErrorCode } from '../identity-errors';
import { PasswordHasher } from '../password-hasher';
import { passwordPolicyViolations } from '../password-policy';
import type { MembershipEntity } from './membership.entity';
import { MembershipRepository } from './membership.repository';
import type { UserEntity } from './user.entity';
import { type DirectoryUser, UserRepository } from './user.repository';

export interface NewUser {
  municipalityId?: string;
  email: string;
  displayName: string;
  password: string;
  locale: 'ja' | 'en';
  /** The password is an initial one handed out by the administrator: it must be changed at first sign-in. */
  mustChangePassword?: boolean;
}

/** Accounts and the roles they hold. Every write is audited in its transaction. */
@Injectable()
export class UsersService {
  constructor(
    private readonly users: UserRepository,
    private readonly memberships: MembershipRepository,
    private readonly scope: DirectoryScope,
    private readonly writer: DirectoryWriter,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly clock: Clock,
  ) {}

  async createUser(actor: Actor, input: NewUser): Promise<Omit<UserEntity, 'passwordHash' | 'passwordChangedAt'>> {
    const municipalityId = await this.scope.adminScope(actor, input.municipalityId);
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
      mustChangePassword: input.mustChangePassword ?? false,
      passwordChangedAt: null,
      createdAt: this.clock.now(),
    };
    const { passwordHash: _hidden, passwordChangedAt: _changed, ...visible } = row;
    return this.writer.write(
      actor,
      municipalityId,
      'user.created',
      visible,
      IdentityErrorCode.EmailTaken,
      async (m) => {
        await this.users.insert(m, row);
        return visible;
      },
    );
  }

  /**
   * Deactivates (sign-in refused, every session ended at once: each request checks its session and the account) or
   * reactivates an account of the caller's municipality. What the person did stays: scores, reports, audit entries.
   * An administrator cannot deactivate their own account (the municipality would be left without one).
   */
  async setActive(actor: Actor, userId: string, active: boolean): Promise<DirectoryUser> {
    const municipalityId = await this.scope.adminScope(actor);
    if (!active && userId === actor.userId) throw new IdentityError(IdentityErrorCode.CannotDeactivateSelf);
    await this.writer.write(
      actor,
      municipalityId,
      active ? 'user.reactivated' : 'user.deactivated',
      { userId },
      null,
      async (m) => {
        if (!(await this.users.setActive(m, municipalityId, userId, active))) {
          throw new IdentityError(IdentityErrorCode.UnknownUser);
        }
        if (!active) await this.refreshTokens.revokeAllForUser(m, userId);
      },
    );
    return this.directoryUser(municipalityId, userId);
  }

  /** Ends every sign-in of a user of the caller's municipality (a lost device, a shared computer). */
  async endSessions(actor: Actor, userId: string): Promise<{ ended: number }> {
    const municipalityId = await this.scope.adminScope(actor);
    const user = await this.users.findById(userId);
    if (!user || user.municipalityId !== municipalityId) throw new IdentityError(IdentityErrorCode.UnknownUser);
    const ended = await this.writer.write(actor, municipalityId, 'user.sessions_ended', { userId }, null, (m) =>
      this.refreshTokens.revokeAllForUser(m, userId),
    );
    return { ended };
  }

  /** Removes a role the user holds (in the organisation given, or a committee role with none). */
  async removeMembership(
    actor: Actor,
    userId: string,
    role: Role,
    organizationId: string | null,
  ): Promise<DirectoryUser> {
    const municipalityId = await this.scope.adminScope(actor);
    if (userId === actor.userId && role === 'admin') throw new IdentityError(IdentityErrorCode.CannotDeactivateSelf);
    // A committee seat is more than the role: the committee's page removes the member and the role with it.
    if (role === 'committee_member' || role === 'committee_chair') {
      throw new IdentityError(IdentityErrorCode.CommitteeRoleOnCommitteePage);
    }
    await this.writer.write(
      actor,
      municipalityId,
      'membership.removed',
      { userId, role, organizationId },
      null,
      async (m) => {
        if (!(await this.memberships.remove(m, { municipalityId, userId, role, organizationId }))) {
          throw new IdentityError(IdentityErrorCode.UnknownMembership);
        }
      },
    );
    return this.directoryUser(municipalityId, userId);
  }

  private async directoryUser(municipalityId: string, userId: string): Promise<DirectoryUser> {
    const user = (await this.users.listWithRoles(municipalityId)).find((u) => u.id === userId);
    if (!user) throw new IdentityError(IdentityErrorCode.UnknownUser);
    return user;
  }

  /** Users of the caller's municipality with their roles (admin, secretariat); `role` filters. */
  listUsers(actor: Actor, role?: Role): Promise<DirectoryUser[]> {
    return this.users.listWithRoles(this.scope.staffScope(actor), role);
  }

  /** Grants a role; used by the admin routes and by the demo seed. */
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
    return this.writer.write(
      actor,
      municipalityId,
      'membership.granted',
      row,
      IdentityErrorCode.MembershipExists,
      async (m) => {
        await this.memberships.insert(m, row);
        return row;
      },
    );
  }
}
