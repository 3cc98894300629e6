import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { LoginFailureEntity } from './login-failure.entity';

/** Login attempts counted per account key (`login_failures`). */
@Injectable()
export class LoginFailureRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Makes attempts on one account take turns until the caller's transaction ends. */
  async lockAccount(manager: EntityManager, key: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`login:${key}`]);
  }

  /** How many attempts on the account were recorded after `since`, and when the oldest of them was. */
  async countSince(manager: EntityManager, key: string, since: Date): Promise<{ count: number; oldest: Date | null }> {
    const rows: Array<{ count: number; oldest: Date | string | null }> = await manager.query(
      `SELECT count(*)::int AS count, min(at) AS oldest FROM login_failures WHERE key = $1 AND at > $2`,
      [key, since],
    );
    const row = rows[0]!;
    return { count: row.count, oldest: row.oldest === null ? null : new Date(row.oldest) };
  }

  async record(manager: EntityManager, key: string, at: Date): Promise<void> {
    await manager.insert(LoginFailureEntity, { key, at });
  }

  /** Forgets the account's attempts (after a successful login). */
  async clear(key: string): Promise<void> {
    await this.db.getRepository(LoginFailureEntity).delete({ key });
  }
}
