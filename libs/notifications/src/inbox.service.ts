import type { DataSource } from 'typeorm';
import { type Actor, NotFoundError } from '@kyodo/platform';

export interface InboxItem {
  id: string;
  category: string;
  template: string;
  subject: string;
  body: string;
  params: Record<string, unknown>;
  read: boolean;
  createdAt: string;
}

/** The caller's in-app inbox, in their language. */
export class InboxService {
  constructor(private readonly dataSource: DataSource) {}

  async list(actor: Actor, limit: number, unreadOnly: boolean): Promise<{ items: InboxItem[]; unread: number }> {
    const rows = await this.dataSource.query(
      `SELECT id, category, template, params, subject_ja, subject_en, body_ja, body_en, read_at, created_at
         FROM notifications WHERE user_id = $1 ${unreadOnly ? 'AND read_at IS NULL' : ''}
        ORDER BY created_at DESC, id LIMIT $2`,
      [actor.userId, limit],
    );
    const [{ unread }] = await this.dataSource.query(
      `SELECT count(*)::int AS unread FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
      [actor.userId],
    );
    const en = actor.locale === 'en';
    return {
      unread,
      items: rows.map((r: Record<string, unknown>) => ({
        id: r.id as string,
        category: r.category as string,
        template: r.template as string,
        subject: (en ? r.subject_en : r.subject_ja) as string,
        body: (en ? r.body_en : r.body_ja) as string,
        params: r.params as Record<string, unknown>,
        read: r.read_at !== null,
        createdAt: new Date(r.created_at as string).toISOString(),
      })),
    };
  }

  async markAllRead(actor: Actor): Promise<{ marked: number }> {
    const [, marked] = await this.dataSource.query(
      'UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL',
      [actor.userId],
    );
    return { marked };
  }

  async markRead(actor: Actor, id: string): Promise<void> {
    const [, affected] = await this.dataSource.query(
      `UPDATE notifications SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND user_id = $2`,
      [id, actor.userId],
    );
    if (affected !== 1) throw new NotFoundError({ ja: 'お知らせ', en: 'The notification' });
  }
}
