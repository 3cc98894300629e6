import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Category } from '../message-catalogue';
import type { DeliveryMode } from './delivery-mode';
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

  /** Each of these users' choices among these categories, by user id (a user who chose none is absent). */
  async modesOf(userIds: string[], categories: string[]): Promise<Map<string, Record<string, string>>> {
    if (userIds.length === 0 || categories.length === 0) return new Map();
    const rows: Array<{ user_id: string; category: string; mode: string }> = await this.db.query(
      'SELECT user_id, category, mode FROM notification_preferences WHERE user_id = ANY($1::uuid[]) AND category = ANY($2::text[])',
      [[...new Set(userIds)], categories],
    );
    const modes = new Map<string, Record<string, string>>();
    for (const r of rows) {
      const own = modes.get(r.user_id) ?? {};
      own[r.category] = r.mode;
      modes.set(r.user_id, own);
    }
    return modes;
  }

  /** Sets one choice inside the caller's transaction. */
  async set(manager: EntityManager, userId: string, category: Category, mode: DeliveryMode): Promise<void> {
    await manager.upsert(NotificationPreferenceEntity, { userId, category, mode }, ['userId', 'category']);
  }
}
