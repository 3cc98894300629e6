import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import type { EmailLedger, EmailStatus } from '../email-sender';
import type { NoticeRows } from '../notice-rows';
import { NotificationEntity } from './notification.entity';

/** One entry of a user's inbox, in both languages. */
export interface Notice {
  id: string;
  category: string;
  template: string;
  params: Record<string, unknown>;
  subject: { ja: string; en: string };
  body: { ja: string; en: string };
  readAt: Date | null;
  createdAt: Date;
}

/** A notice waiting for its recipient's daily digest. */
export interface DigestItem {
  id: string;
  subject: { ja: string; en: string };
}

/** The answer of NOTICE_ROWS: the ids inserted and the ids claimed, each NULL when it is all of them. */
interface NoticeRowsAnswer {
  inserted: string[] | null;
  claimed: string[] | null;
}

/**
 * One row per notice and recipient: the in-app copy, and on the same row the
 * state of the e-mail when the recipient gets one now (one write per
 * recipient, not two; measured a sixth less database time). A message is the
 * same text for everyone it goes to, so it travels once ($7, a JSON array of
 * the batch's distinct messages) and each recipient as a few array elements
 * ($1–$6) pointing at it. The id is named by the delivery key, so a rerun
 * finds its row: it inserts nothing and claims the e-mail again only when it
 * is unsent and the earlier claimer's lease ($8 seconds) ran out. The answer
 * is one row: the ids inserted and the ids claimed, each NULL when it is all
 * of them ($9, $10) — the usual case, with nothing to parse.
 */
const NOTICE_ROWS = `WITH written AS (
  INSERT INTO notifications (id, municipality_id, user_id, category, template, params, subject_ja, subject_en, body_ja, body_en,
                             delivery_key, digest_pending, email_to, email_status, email_claimed_until)
  SELECT r.id, m.municipality_id, r.user_id, m.category, m.template, m.params, m.subject_ja, m.subject_en, m.body_ja, m.body_en,
         r.delivery_key, r.digest_pending, r.email_to,
         CASE WHEN r.email_to IS NOT NULL THEN 'sending' END,
         CASE WHEN r.email_to IS NOT NULL THEN now() + make_interval(secs => $8) END
    FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::bool[], $5::int[], $6::text[])
      AS r(id, user_id, delivery_key, digest_pending, message, email_to)
    JOIN jsonb_to_recordset($7::jsonb) AS m(index int, municipality_id uuid, category text, template text, params jsonb,
         subject_ja text, subject_en text, body_ja text, body_en text) ON m.index = r.message
  ON CONFLICT (id) DO UPDATE SET email_to = EXCLUDED.email_to, email_claimed_until = EXCLUDED.email_claimed_until
   WHERE notifications.email_status = 'sending' AND EXCLUDED.email_to IS NOT NULL
     AND (notifications.email_claimed_until IS NULL OR notifications.email_claimed_until < now())
  -- created_at is the inserting transaction's now(): equal only for the rows this statement inserted.
  RETURNING id, created_at = now() AS inserted, email_status = 'sending' AS claimed)
SELECT CASE WHEN count(*) FILTER (WHERE inserted) = $9 THEN NULL
            ELSE coalesce(array_agg(id) FILTER (WHERE inserted), '{}')::text[] END AS inserted,
       CASE WHEN count(*) FILTER (WHERE claimed) = $10 THEN NULL
            ELSE coalesce(array_agg(id) FILTER (WHERE claimed), '{}')::text[] END AS claimed
  FROM written`;

/**
 * The `notifications` table: users' inboxes, the e-mail ledger of notices (each notice's e-mail is recorded on its
 * own row), and the notices waiting for a daily digest.
 */
@Injectable()
export class NotificationRepository implements EmailLedger {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The newest notices of a user first (ties by id), at most `limit`. */
  async inbox(userId: string, limit: number, unreadOnly: boolean): Promise<Notice[]> {
    const rows = await this.db.getRepository(NotificationEntity).find({
      where: unreadOnly ? { userId, readAt: IsNull() } : { userId },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: limit,
    });
    return rows.map((n) => ({
      id: n.id,
      category: n.category,
      template: n.template,
      params: n.params,
      subject: { ja: n.subjectJa, en: n.subjectEn },
      body: { ja: n.bodyJa, en: n.bodyEn },
      readAt: n.readAt,
      createdAt: n.createdAt,
    }));
  }

  async countUnread(userId: string): Promise<number> {
    return this.db.getRepository(NotificationEntity).countBy({ userId, readAt: IsNull() });
  }

  /** Answers how many were unread. */
  async markAllRead(userId: string): Promise<number> {
    const [, marked]: [unknown, number] = await this.db.query(
      'UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL',
      [userId],
    );
    return marked;
  }

  /** Answers false when the user has no such notice (read already or not, it stays read at its first time). */
  async markRead(id: string, userId: string): Promise<boolean> {
    const [, affected]: [unknown, number] = await this.db.query(
      'UPDATE notifications SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND user_id = $2',
      [id, userId],
    );
    return affected === 1;
  }

  /** Writes a batch's notice rows in one statement; answers the rows inserted and the e-mails claimed. */
  async write(rows: NoticeRows, leaseSeconds: number): Promise<{ inserted: Set<string>; claimed: Set<string> }> {
    if (rows.empty) return { inserted: new Set(), claimed: new Set() };
    const [answer]: NoticeRowsAnswer[] = await this.db.query(NOTICE_ROWS, rows.parameters(leaseSeconds));
    return rows.written(answer!);
  }

  async emailStatuses(ids: string[]): Promise<Map<string, EmailStatus | null>> {
    const rows: Array<{ id: string; status: EmailStatus | null }> = await this.db.query(
      'SELECT id, email_status AS status FROM notifications WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.status]));
  }

  async markEmailsSent(ids: string[]): Promise<void> {
    await this.db.query(
      `UPDATE notifications SET email_status = 'sent', email_attempts = email_attempts + 1, email_sent_at = now()
        WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  async markEmailFailed(id: string, error: string): Promise<void> {
    await this.db.query(
      `UPDATE notifications SET email_attempts = email_attempts + 1, email_last_error = $2, email_claimed_until = NULL
        WHERE id = $1`,
      [id, error],
    );
  }

  /** Who has notices waiting for the digest, once per municipality they came from, by user id. */
  async digestPending(): Promise<Array<{ userId: string; municipalityId: string }>> {
    const rows: Array<{ user_id: string; municipality_id: string }> = await this.db.query(
      'SELECT DISTINCT user_id, municipality_id FROM notifications WHERE digest_pending ORDER BY user_id',
    );
    return rows.map((r) => ({ userId: r.user_id, municipalityId: r.municipality_id }));
  }

  /** A user's notices waiting for the digest, oldest first. */
  async pendingDigest(userId: string): Promise<DigestItem[]> {
    const rows: Array<{ id: string; subject_ja: string; subject_en: string }> = await this.db.query(
      'SELECT id, subject_ja, subject_en FROM notifications WHERE user_id = $1 AND digest_pending ORDER BY created_at',
      [userId],
    );
    return rows.map((r) => ({ id: r.id, subject: { ja: r.subject_ja, en: r.subject_en } }));
  }

  async clearDigestPending(ids: string[]): Promise<void> {
    await this.db.query('UPDATE notifications SET digest_pending = false WHERE id = ANY($1::uuid[])', [ids]);
  }
}
