import { Injectable } from '@nestjs/common';
import { UserRepository } from '@kyodo/identity';
import { EmailDeliveries } from './email-deliveries';
import { NotificationRepository } from './inbox/notification.repository';

/**
 * The daily digest: one e-mail per user gathering the in-app messages they
 * chose to receive that way. Keyed by user and day, so a rerun sends nothing twice.
 */
@Injectable()
export class SendDigests {
  constructor(
    private readonly notices: NotificationRepository,
    private readonly users: UserRepository,
    private readonly emails: EmailDeliveries,
  ) {}

  async execute(day: string): Promise<{ digests: number }> {
    // Who is waiting (ours), then their addresses (libs/identity's): the inactive ones are left out there.
    const pending = await this.notices.digestPending();
    const contacts = await this.users.activeContacts(pending.map((p) => p.userId));
    let digests = 0;
    for (const { userId, municipalityId } of pending) {
      const contact = contacts.get(userId);
      if (!contact) continue;
      const user = { userId, municipalityId, email: contact.email, locale: contact.locale };
      const items = await this.notices.pendingDigest(user.userId);
      const en = user.locale === 'en';
      const lines = items.map((i) => `・${en ? i.subject.en : i.subject.ja}`).join('\n');
      const subject = en ? `Kyodo daily digest (${items.length})` : `Kyodo 本日のお知らせ（${items.length}件）`;
      const text = `${en ? 'Your notices of the day:' : '本日のお知らせです。'}\n\n${lines}`;
      const sent = await this.emails.sendOnce({
        key: `digest:${user.userId}:${day}`,
        municipalityId: user.municipalityId,
        userId: user.userId,
        mail: {
          to: user.email,
          subject,
          text,
          html: `<!doctype html><html lang="${user.locale}"><body><pre>${text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)}</pre></body></html>`,
        },
      });
      await this.notices.clearDigestPending(items.map((i) => i.id));
      if (sent) digests++;
    }
    return { digests };
  }
}
