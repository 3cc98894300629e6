import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@kyodo/config';
import { deliveryIdentity } from './delivery-key';
import { EmailDeliveryRepository } from './email-deliveries/email-delivery.repository';
import { type DeliveryOutcome, EmailSender } from './email-sender';
import { MAIL_TRANSPORT, type MailTransport, type OutgoingMail } from './mail-transport';

export interface EmailDelivery {
  /** Where the effect is recorded, e.g. digest × user × day. */
  key: string;
  municipalityId: string | null;
  /** null: to someone with no account yet (a group's registration). */
  userId: string | null;
  mail: Omit<OutgoingMail, 'messageId'>;
}

/**
 * E-mails of their own (the daily digests), sent at most once per delivery
 * key. Each key is recorded in `email_deliveries` before sending and claimed
 * with a lease (EMAIL_SEND_LEASE_SECONDS): of two runs only the claimer sends;
 * a claimer that died mid-send lets its lease run out and the retry sends with
 * the same Message-ID. (A notice's e-mail is recorded on its in-app row
 * instead: see DeliverNotification.)
 */
@Injectable()
export class EmailDeliveries extends EmailSender {
  private readonly leaseSeconds: number;

  constructor(
    @Inject(MAIL_TRANSPORT) transport: MailTransport,
    private readonly deliveries: EmailDeliveryRepository,
    config: AppConfig,
  ) {
    super(transport, deliveries);
    this.leaseSeconds = config.EMAIL_SEND_LEASE_SECONDS;
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
    const claimed = await this.deliveries.claim(
      deliveries.map((d, i) => ({
        id: emails[i]!.id,
        deliveryKey: d.key,
        municipalityId: d.municipalityId,
        userId: d.userId,
        recipient: d.mail.to,
        subject: d.mail.subject,
        messageId: emails[i]!.messageId,
      })),
      this.leaseSeconds,
    );
    return this.send(emails, claimed);
  }
}
