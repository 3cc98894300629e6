import type { DataSource } from 'typeorm';
import type { DeliverNotification } from './deliver-notification';

/**
 * The daily digest: one e-mail per user gathering the in-app messages they
 * chose to receive that way. Keyed by user and day, so a rerun sends nothing twice.
 */
export class SendDigests {
  constructor(
    private readonly dataSource: DataSource,
    private readonly deliver: DeliverNotification,
  ) {}

  async execute(day: string): Promise<{ digests: number }> {
    const users: Array<{ user_id: string; email: string; locale: 'ja' | 'en'; municipality_id: string }> =
      await this.dataSource.query(
        `SELECT DISTINCT n.user_id, u.email, u.locale, n.municipality_id FROM notifications n JOIN users u ON u.id = n.user_id
        WHERE n.digest_pending AND u.active ORDER BY n.user_id`,
      );
    let digests = 0;
    for (const user of users) {
      const items: Array<{ id: string; subject_ja: string; subject_en: string }> = await this.dataSource.query(
        'SELECT id, subject_ja, subject_en FROM notifications WHERE user_id = $1 AND digest_pending ORDER BY created_at',
        [user.user_id],
      );
      const en = user.locale === 'en';
      const lines = items.map((i) => `・${en ? i.subject_en : i.subject_ja}`).join('\n');
      const subject = en ? `Kyodo daily digest (${items.length})` : `Kyodo 本日のお知らせ（${items.length}件）`;
      const text = `${en ? 'Your notices of the day:' : '本日のお知らせです。'}\n\n${lines}`;
      const sent = await this.deliver.emails.sendOnce({
        key: `digest:${user.user_id}:${day}`,
        municipalityId: user.municipality_id,
        userId: user.user_id,
        mail: {
          to: user.email,
          subject,
          text,
          html: `<!doctype html><html lang="${user.locale}"><body><pre>${text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)}</pre></body></html>`,
        },
      });
      await this.dataSource.query('UPDATE notifications SET digest_pending = false WHERE id = ANY($1::uuid[])', [
        items.map((i) => i.id),
      ]);
      if (sent) digests++;
    }
    return { digests };
  }
}
