import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Category } from '../message-catalogue';
import type { DeliveryMode } from '../preferences.service';

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
    const rows: Preference[] = await this.db.query(
      'SELECT category, mode FROM notification_preferences WHERE user_id = $1',
      [userId],
    );
    return rows;
  }

  /** Sets one choice inside the caller's transaction. */
  async set(manager: EntityManager, userId: string, category: Category, mode: DeliveryMode): Promise<void> {
    await manager.query(
      `INSERT INTO notification_preferences (user_id, category, mode) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, category) DO UPDATE SET mode = EXCLUDED.mode`,
      [userId, category, mode],
    );
  }
}
