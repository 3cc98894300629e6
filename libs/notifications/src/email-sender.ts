import type { DataSource } from 'typeorm';
import { MicroBatcher } from '@kyodo/queues';
import type { MailTransport, OutgoingMail } from './mail-transport';

/**
 * Where a kind of e-mail records its delivery: a table whose rows are keyed
 * by a UUID named by the delivery key, and its columns for the e-mail's state.
 */
export interface EmailLedger {
  table: string;
  /** 'sending' once claimed, 'sent' once the server took the message. */
  status: string;
  attempts: string;
  claimedUntil: string;
  lastError: string;
  sentAt: string;
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
export class EmailSender {
  private readonly marks: MicroBatcher<string, void>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    private readonly ledger: EmailLedger,
  ) {
    const { table, status, attempts, sentAt } = ledger;
    this.marks = new MicroBatcher<string, void>(async (ids) => {
      await this.dataSource.query(
        `UPDATE ${table} SET ${status} = 'sent', ${attempts} = ${attempts} + 1, ${sentAt} = now() WHERE id = ANY($1::uuid[])`,
        [ids],
      );
      return ids.map(() => ({ ok: true as const, value: undefined }));
    }, 500);
  }

  /** Answers each e-mail's outcome by delivery key. */
  async send(emails: LedgeredEmail[], claimed: Set<string>): Promise<Map<string, DeliveryOutcome>> {
    const outcomes = new Map<string, DeliveryOutcome>();
    const others = emails.filter((e) => !claimed.has(e.id));
    if (others.length > 0) {
      const { table, status } = this.ledger;
      const rows: Array<{ id: string; status: string | null }> = await this.dataSource.query(
        `SELECT id, ${status} AS status FROM ${table} WHERE id = ANY($1::uuid[])`,
        [others.map((e) => e.id)],
      );
      const statuses = new Map(rows.map((r) => [r.id, r.status]));
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
      const { table, attempts, lastError, claimedUntil } = this.ledger;
      await this.dataSource.query(
        `UPDATE ${table} SET ${attempts} = ${attempts} + 1, ${lastError} = $2, ${claimedUntil} = NULL WHERE id = $1`,
        [email.id, error.message.slice(0, 500)],
      );
      return;
    }
    await this.marks.add(email.id);
    outcomes.set(email.key, 'sent');
  }
}
