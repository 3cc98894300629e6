import type { DataSource } from 'typeorm';
import { deliveryIdentity } from './delivery-key';
import { type DeliveryOutcome, EmailSender } from './email-sender';
import type { MailTransport, OutgoingMail } from './mail-transport';

export interface EmailDelivery {
  /** Where the effect is recorded, e.g. digest × user × day. */
  key: string;
  municipalityId: string | null;
  userId: string;
  mail: Omit<OutgoingMail, 'messageId'>;
}

/**
 * E-mails of their own (the daily digests), sent at most once per delivery
 * key. Each key is recorded in `email_deliveries` before sending and claimed
 * with a lease: of two runs only the claimer sends; a claimer that died
 * mid-send lets its lease run out and the retry sends with the same
 * Message-ID. (A notice's e-mail is recorded on its in-app row instead: see
 * DeliverNotification.)
 */
export class EmailDeliveries {
  private readonly sender: EmailSender;

  constructor(
    private readonly dataSource: DataSource,
    transport: MailTransport,
    private readonly leaseSeconds = 60,
  ) {
    this.sender = new EmailSender(dataSource, transport, {
      table: 'email_deliveries',
      status: 'status',
      attempts: 'attempts',
      claimedUntil: 'claimed_until',
      lastError: 'last_error',
      sentAt: 'sent_at',
    });
  }

  async sendOnce(delivery: EmailDelivery): Promise<boolean> {
    const outcome = (await this.sendMany([delivery])).get(delivery.key)!;
    if (outcome instanceof Error) throw outcome;
    return outcome === 'sent';
  }

  /** Records and claims every delivery in one statement, then sends what it claimed. */
  async sendMany(deliveries: EmailDelivery[]): Promise<Map<string, DeliveryOutcome>> {
    // One row per key: a statement may not claim the same row twice.
    deliveries = [...new Map(deliveries.map((d) => [d.key, d])).values()];
    if (deliveries.length === 0) return new Map();
    const emails = deliveries.map((d) => ({ ...deliveryIdentity(d.key), key: d.key, mail: d.mail }));
    // New keys are inserted claimed; existing ones are claimed only if unsent and their lease ran out.
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `INSERT INTO email_deliveries (id, delivery_key, municipality_id, user_id, recipient, subject, message_id, status, claimed_until)
       SELECT r.id, r.key, r.municipality_id, r.user_id, r.recipient, r.subject, r.message_id, 'sending', now() + make_interval(secs => $8)
         FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[])
           AS r(id, key, municipality_id, user_id, recipient, subject, message_id)
       ON CONFLICT (id) DO UPDATE SET claimed_until = EXCLUDED.claimed_until
        WHERE email_deliveries.status = 'sending'
          AND (email_deliveries.claimed_until IS NULL OR email_deliveries.claimed_until < now())
       RETURNING id`,
      [
        emails.map((e) => e.id),
        deliveries.map((d) => d.key),
        deliveries.map((d) => d.municipalityId),
        deliveries.map((d) => d.userId),
        deliveries.map((d) => d.mail.to),
        deliveries.map((d) => d.mail.subject),
        emails.map((e) => e.messageId),
        this.leaseSeconds,
      ],
    );
    return this.sender.send(emails, new Set(rows.map((r) => r.id)));
  }
}
