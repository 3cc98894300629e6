import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull, MoreThan } from 'typeorm';
import { EmailChangeEntity } from './email-change.entity';

/** Requested e-mail changes (`email_changes`). */
@Injectable()
export class EmailChangeRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(manager: EntityManager, change: Omit<EmailChangeEntity, 'createdAt'>): Promise<void> {
    await manager.insert(EmailChangeEntity, change);
  }

  /** How many changes the user asked for since `since` (the cap on confirmation e-mails per account). */
  countSince(manager: EntityManager, userId: string, since: Date): Promise<number> {
    return manager.countBy(EmailChangeEntity, { userId, createdAt: MoreThan(since) });
  }

  findById(id: string): Promise<EmailChangeEntity | null> {
    return this.db.getRepository(EmailChangeEntity).findOneBy({ id });
  }

  /** The change with this token hash, locked until the caller's transaction ends. */
  lockByHash(manager: EntityManager, tokenHash: string): Promise<EmailChangeEntity | null> {
    return manager.findOne(EmailChangeEntity, { where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
  }

  /** Records the address the change replaced (the notice to it is written from here). */
  async setPrevious(manager: EntityManager, id: string, previousEmail: string): Promise<void> {
    await manager.update(EmailChangeEntity, { id }, { previousEmail });
  }

  /** Uses up every open change of the user: the address has changed, or changed again. */
  async useAllOf(manager: EntityManager, userId: string, at: Date): Promise<void> {
    await manager.update(EmailChangeEntity, { userId, usedAt: IsNull() }, { usedAt: at });
  }
}
