import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

import { PasswordHasher } from './password-hasher';

/**
 * Creates the platform operator from KYODO_ADMIN_EMAIL / KYODO_ADMIN_PASSWORD
 * on first start. Later starts leave an existing account alone (its password
 * may have been changed since).
 */
export async function ensureFirstAdmin(dataSource: DataSource, email: string, password: string): Promise<boolean> {
  const normalized = email.trim().toLowerCase();
  const passwordHash = await PasswordHasher.hash(password);
  const result = await dataSource.query(
    `INSERT INTO users (id, municipality_id, email, display_name, password_hash, locale, platform_admin)
     VALUES ($1, NULL, $2, $3, $4, 'ja', true) ON CONFLICT (email) DO NOTHING RETURNING id`,
    [randomUUID(), normalized, 'システム管理者 / Administrator', passwordHash],
  );
  return result.length > 0;
}
