import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, MoreThan, Not } from 'typeorm';
import { GroupRegistrationEntity, type GroupRegistrationStatus } from './group-registration.entity';

/** A registration without its 会則's bytes (they are read apart, for the download). */
export type GroupRegistrationRow = Omit<GroupRegistrationEntity, 'rulesData'>;

/** The statuses the secretariat sees: a registration whose address is not confirmed is no one's business yet. */
export const REVIEWED_STATUSES: GroupRegistrationStatus[] = ['submitted', 'approved', 'returned', 'refused'];

/** 団体登録 (`group_registrations`). */
@Injectable()
export class GroupRegistrationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(manager: EntityManager, row: Omit<GroupRegistrationEntity, 'createdAt'>): Promise<void> {
    await manager.insert(GroupRegistrationEntity, row);
  }

  findById(id: string): Promise<GroupRegistrationRow | null> {
    return this.db.getRepository(GroupRegistrationEntity).findOneBy({ id });
  }

  /** The registration, locked until the caller's transaction ends. */
  lockById(manager: EntityManager, id: string): Promise<GroupRegistrationRow | null> {
    return manager.findOne(GroupRegistrationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The registration whose link has this token hash, locked until the caller's transaction ends. */
  lockByTokenHash(manager: EntityManager, tokenHash: string): Promise<GroupRegistrationRow | null> {
    return manager.findOne(GroupRegistrationEntity, { where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
  }

  /** How many other registrations with this address received their 会則 since `since` (the cap on e-mails sent to it). */
  countMailedSince(manager: EntityManager, email: string, since: Date, except: string): Promise<number> {
    return manager.countBy(GroupRegistrationEntity, { email, rulesReceivedAt: MoreThan(since), id: Not(except) });
  }

  /** The municipality's registrations the secretariat sees, in one status or all of them, the latest first. */
  listFor(municipalityId: string, status?: GroupRegistrationStatus): Promise<GroupRegistrationRow[]> {
    return this.db.getRepository(GroupRegistrationEntity).find({
      where: { municipalityId, status: status ? status : In(REVIEWED_STATUSES) },
      order: { submittedAt: 'DESC', id: 'ASC' },
      take: 500,
    });
  }

  /** The 会則's bytes. */
  async rulesData(id: string): Promise<Buffer | null> {
    const row = await this.db
      .getRepository(GroupRegistrationEntity)
      .findOne({ where: { id }, select: { id: true, rulesData: true } });
    return row?.rulesData ?? null;
  }

  async update(
    manager: EntityManager,
    id: string,
    change: Partial<Omit<GroupRegistrationEntity, 'id' | 'municipalityId' | 'createdAt'>>,
  ): Promise<void> {
    await manager.update(GroupRegistrationEntity, { id }, change);
  }
}
