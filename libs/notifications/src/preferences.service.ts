import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '@kyodo/platform';
import { type Category, REQUIRED_CATEGORIES } from './message-catalogue';
import type { DeliveryMode } from './preferences/delivery-mode';
import { NotificationPreferenceRepository } from './preferences/notification-preference.repository';

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
  'implementation',
  'status',
];

/** Per user and category: e-mail at once, in the daily digest, or not at all. Required notices ignore it. */
@Injectable()
export class PreferencesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly preferences: NotificationPreferenceRepository,
  ) {}

  async get(actor: Actor): Promise<Array<{ category: Category; mode: DeliveryMode; required: boolean }>> {
    const rows = await this.preferences.ofUser(actor.userId);
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
        // The request names known categories only (the API validates it); required ones are always immediate.
        if (!isCategory(category) || mode === undefined || REQUIRED_CATEGORIES.includes(category)) continue;
        await this.preferences.set(manager, actor.userId, category, mode);
      }
    });
    return this.get(actor);
  }
}

const isCategory = (value: string): value is Category => CATEGORIES.some((category) => category === value);
