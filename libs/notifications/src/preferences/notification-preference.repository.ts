import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Category } from '../message-catalogue';
import type { DeliveryMode } from '../preferences.service';
import { NotificationPreferenceEntity } from './notification-preference.entity';

/** One user's choice for one category. */
export interface Preference {
  category: Category;
  mode: DeliveryMode;
}

/** The `notification_preferences` table: per user and category, e-mail at once, in the digest, or not at all. */
@Injectable()
export class NotificationPreferenceRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The categories the user has chosen for (the others are immediate). */
  async ofUser(userId: string): Promise<Preference[]> {
    const rows = await this.db.getRepository(NotificationPreferenceEntity).findBy({ userId });
    return rows.map((r) => ({ category: r.category, mode: r.mode }));
  }

  /** Sets one choice inside the caller's transaction. */
  async set(manager: EntityManager, userId: string, category: Category, mode: DeliveryMode): Promise<void> {
    await manager.upsert(NotificationPreferenceEntity, { userId, category, mode }, ['userId', 'category']);
  }
}
