import type { DataSource } from 'typeorm';
import type { Actor } from '@kyodo/platform';
import { type Category, REQUIRED_CATEGORIES } from './message-catalogue';

export type DeliveryMode = 'immediate' | 'digest' | 'off';
export const CATEGORIES: readonly Category[] = [
  'submission',
  'screening',
  'assignment',
  'reminder',
  'session',
  'decision',
  'publication',
  'evaluation',
  'condition',
  'status',
];

/** Per user and category: e-mail at once, in the daily digest, or not at all. Required notices ignore it. */
export class PreferencesService {
  constructor(private readonly dataSource: DataSource) {}

  async get(actor: Actor): Promise<Array<{ category: Category; mode: DeliveryMode; required: boolean }>> {
    const rows: Array<{ category: Category; mode: DeliveryMode }> = await this.dataSource.query(
      'SELECT category, mode FROM notification_preferences WHERE user_id = $1',
      [actor.userId],
    );
    return CATEGORIES.map((category) => {
      const required = REQUIRED_CATEGORIES.includes(category);
      return {
        category,
        required,
        mode: required ? 'immediate' : (rows.find((r) => r.category === category)?.mode ?? 'immediate'),
      };
    });
  }

  async set(actor: Actor, preferences: Partial<Record<Category, DeliveryMode>>) {
    await this.dataSource.transaction(async (manager) => {
      for (const [category, mode] of Object.entries(preferences)) {
        if (REQUIRED_CATEGORIES.includes(category as Category)) continue; // always immediate
        await manager.query(
          `INSERT INTO notification_preferences (user_id, category, mode) VALUES ($1, $2, $3)
           ON CONFLICT (user_id, category) DO UPDATE SET mode = EXCLUDED.mode`,
          [actor.userId, category, mode],
        );
      }
    });
    return this.get(actor);
  }
}
