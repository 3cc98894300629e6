import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull, MoreThan } from 'typeorm';
import { PasswordResetEntity } from './password-reset.entity';

/** Password-reset links (`password_resets`). */
@Injectable()
export class PasswordResetRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(manager: EntityManager, reset: Omit<PasswordResetEntity, 'createdAt'>): Promise<void> {
    await manager.insert(PasswordResetEntity, reset);
  }

  /** How many links the user was sent since `since` (the cap on requests per account). */
  countSince(manager: EntityManager, userId: string, since: Date): Promise<number> {
    return manager.countBy(PasswordResetEntity, { userId, createdAt: MoreThan(since) });
  }

  findById(id: string): Promise<PasswordResetEntity | null> {
    return this.db.getRepository(PasswordResetEntity).findOneBy({ id });
  }

  /** The link with this token hash, locked until the caller's transaction ends. */
  lockByHash(manager: EntityManager, tokenHash: string): Promise<PasswordResetEntity | null> {
    return manager.findOne(PasswordResetEntity, { where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
  }

  /** Uses up every open link of the user: once one is used, the others are void. */
  async useAllOf(manager: EntityManager, userId: string, at: Date): Promise<void> {
    await manager.update(PasswordResetEntity, { userId, usedAt: IsNull() }, { usedAt: at });
  }
}
