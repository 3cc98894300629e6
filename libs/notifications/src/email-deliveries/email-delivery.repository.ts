import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EmailLedger, EmailStatus } from '../email-sender';

/** An e-mail of its own to record before it is sent. */
export interface EmailDeliveryRecord {
  /** The row id, named by the delivery key. */
  id: string;
  deliveryKey: string;
  municipalityId: string | null;
  userId: string | null;
  recipient: string;
  subject: string;
  messageId: string;
}

/** The `email_deliveries` table: the ledger of e-mails of their own (the daily digests). */
@Injectable()
export class EmailDeliveryRepository implements EmailLedger {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Records and claims every delivery in one statement, for `leaseSeconds`: new keys are inserted claimed; existing
   * ones are claimed only if unsent and their lease ran out. Answers the ids claimed.
   */
  async claim(deliveries: EmailDeliveryRecord[], leaseSeconds: number): Promise<Set<string>> {
    const rows: Array<{ id: string }> = await this.db.query(
      `INSERT INTO email_deliveries (id, delivery_key, municipality_id, user_id, recipient, subject, message_id, status, claimed_until)
       SELECT r.id, r.key, r.municipality_id, r.user_id, r.recipient, r.subject, r.message_id, 'sending', now() + make_interval(secs => $8)
         FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[])
           AS r(id, key, municipality_id, user_id, recipient, subject, message_id)
       ON CONFLICT (id) DO UPDATE SET claimed_until = EXCLUDED.claimed_until
        WHERE email_deliveries.status = 'sending'
          AND (email_deliveries.claimed_until IS NULL OR email_deliveries.claimed_until < now())
       RETURNING id`,
      [
        deliveries.map((d) => d.id),
        deliveries.map((d) => d.deliveryKey),
        deliveries.map((d) => d.municipalityId),
        deliveries.map((d) => d.userId),
        deliveries.map((d) => d.recipient),
        deliveries.map((d) => d.subject),
        deliveries.map((d) => d.messageId),
        leaseSeconds,
      ],
    );
    return new Set(rows.map((r) => r.id));
  }

  async emailStatuses(ids: string[]): Promise<Map<string, EmailStatus | null>> {
    const rows: Array<{ id: string; status: EmailStatus }> = await this.db.query(
      'SELECT id, status FROM email_deliveries WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.status]));
  }

  async markEmailsSent(ids: string[]): Promise<void> {
    await this.db.query(
      `UPDATE email_deliveries SET status = 'sent', attempts = attempts + 1, sent_at = now() WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  async markEmailFailed(id: string, error: string): Promise<void> {
    await this.db.query(
      'UPDATE email_deliveries SET attempts = attempts + 1, last_error = $2, claimed_until = NULL WHERE id = $1',
      [id, error],
    );
  }
}
