import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type Actor, Clock, type Role, ValidationFailedError } from '@kyodo/platform';
import { DirectoryScope } from '../directory-scope';
import { DirectoryWriter } from '../directory-writer';
import { IdentityErrorCode } from '../identity-errors';
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
}

/** Accounts and the roles they hold. Every write is audited in its transaction. */
@Injectable()
export class UsersService {
  constructor(
    private readonly users: UserRepository,
    private readonly memberships: MembershipRepository,
    private readonly scope: DirectoryScope,
    private readonly writer: DirectoryWriter,
    private readonly clock: Clock,
  ) {}

  async createUser(actor: Actor, input: NewUser): Promise<Omit<UserEntity, 'passwordHash'>> {
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
      createdAt: this.clock.now(),
    };
    const { passwordHash: _hidden, ...visible } = row;
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
