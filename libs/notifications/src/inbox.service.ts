import { Injectable } from '@nestjs/common';
import { type Actor, NotFoundError } from '@kyodo/platform';
import { NotificationRepository } from './inbox/notification.repository';

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
@Injectable()
export class InboxService {
  constructor(private readonly notices: NotificationRepository) {}

  async list(actor: Actor, limit: number, unreadOnly: boolean): Promise<{ items: InboxItem[]; unread: number }> {
    const notices = await this.notices.inbox(actor.userId, limit, unreadOnly);
    const unread = await this.notices.countUnread(actor.userId);
    return {
      unread,
      items: notices.map((n) => ({
        id: n.id,
        category: n.category,
        template: n.template,
        subject: n.subject[actor.locale],
        body: n.body[actor.locale],
        params: n.params,
        read: n.readAt !== null,
        createdAt: n.createdAt.toISOString(),
      })),
    };
  }

  async markAllRead(actor: Actor): Promise<{ marked: number }> {
    return { marked: await this.notices.markAllRead(actor.userId) };
  }

  async markRead(actor: Actor, id: string): Promise<void> {
    if (!(await this.notices.markRead(id, actor.userId))) {
      throw new NotFoundError({ ja: 'お知らせ', en: 'The notification' });
    }
  }
}
