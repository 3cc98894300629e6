import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PasswordHasher } from './password-hasher';
import { UserRepository } from './users/user.repository';

/**
 * Creates the platform operator from KYODO_ADMIN_EMAIL / KYODO_ADMIN_PASSWORD
 * on first start. Later starts leave an existing account alone (its password
 * may have been changed since).
 */
@Injectable()
export class FirstAdmin {
  constructor(private readonly users: UserRepository) {}

  /** True when the account was created now. */
  async ensure(email: string, password: string): Promise<boolean> {
    return this.users.insertPlatformAdminIfAbsent({
      id: randomUUID(),
      email: email.trim().toLowerCase(),
      displayName: 'システム管理者 / Administrator',
      passwordHash: await PasswordHasher.hash(password),
    });
  }
}
