import { MicroBatcher } from '@kyodo/queues';
import type { MailTransport, OutgoingMail } from './mail-transport';

/** What an e-mail may be in its ledger row: 'sending' once claimed, 'sent' once the server took the message. */
export type EmailStatus = 'sending' | 'sent';

/**
 * Where a kind of e-mail records its delivery: rows keyed by a UUID named by the delivery key (see
 * EmailDeliveryRepository, NotificationRepository).
 */
export interface EmailLedger {
  /** Each row's e-mail status by id; null when the row was recorded without an e-mail. */
  emailStatuses(ids: string[]): Promise<Map<string, EmailStatus | null>>;
  /** The server took these messages. */
  markEmailsSent(ids: string[]): Promise<void>;
  /** A send failed: counts the attempt, keeps the error and releases the claim at once (no lease to wait out). */
  markEmailFailed(id: string, error: string): Promise<void>;
}

/** One e-mail whose row its caller has just written or claimed. */
export interface LedgeredEmail {
  /** The row's id. */
  id: string;
  /** The delivery key, as outcomes are reported. */
  key: string;
  messageId: string;
  mail: Omit<OutgoingMail, 'messageId'>;
}

/** 'sent' now, 'already' sent by an earlier run, or why it could not be sent this time. */
export type DeliveryOutcome = 'sent' | 'already' | Error;

/**
 * The second half of sending at most once: the caller has claimed rows of
 * its ledger with a lease (see EmailDeliveries, DeliverNotification); this
 * sends the claimed e-mails and records each as sent the moment its own send
 * succeeds (the marks of sends finishing together share one statement: one
 * slow send must not keep the others unmarked, or a crash then would send
 * them twice). An e-mail it did not claim was sent before, or is being sent
 * by another run right now.
 */
export abstract class EmailSender {
  private readonly marks: MicroBatcher<string, void>;

  protected constructor(
    private readonly transport: MailTransport,
    private readonly ledger: EmailLedger,
  ) {
    this.marks = new MicroBatcher<string, void>(async (ids) => {
      await this.ledger.markEmailsSent(ids);
      return ids.map(() => ({ ok: true as const, value: undefined }));
    }, 500);
  }

  /** Answers each e-mail's outcome by delivery key. */
  async send(emails: LedgeredEmail[], claimed: Set<string>): Promise<Map<string, DeliveryOutcome>> {
    const outcomes = new Map<string, DeliveryOutcome>();
    const others = emails.filter((e) => !claimed.has(e.id));
    if (others.length > 0) {
      const statuses = await this.ledger.emailStatuses(others.map((e) => e.id));
      for (const e of others) {
        const status = statuses.get(e.id);
        // Sent, or (a notice) recorded by an earlier run without an e-mail, when the recipient wanted none then.
        const done = status === 'sent' || status === null;
        outcomes.set(
          e.key,
          done ? 'already' : new Error(`delivery ${e.key} is being sent by another run; retry later`),
        );
      }
    }
    await Promise.all(emails.filter((e) => claimed.has(e.id)).map((e) => this.sendOne(e, outcomes)));
    return outcomes;
  }

  private async sendOne(email: LedgeredEmail, outcomes: Map<string, DeliveryOutcome>): Promise<void> {
    try {
      await this.transport.send({ ...email.mail, messageId: email.messageId });
    } catch (reason) {
      const error = reason instanceof Error ? reason : new Error(String(reason));
      outcomes.set(email.key, error);
      await this.ledger.markEmailFailed(email.id, error.message.slice(0, 500));
      return;
    }
    await this.marks.add(email.id);
    outcomes.set(email.key, 'sent');
  }
}
