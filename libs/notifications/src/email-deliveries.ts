import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { MicroBatcher } from '@kyodo/queues';
import type { MailTransport, OutgoingMail } from './mail-transport';

export interface EmailDelivery {
  /** Where the effect is recorded: outbox id × recipient × channel, or digest × user × day. */
  key: string;
  municipalityId: string | null;
  userId: string;
  mail: Omit<OutgoingMail, 'messageId'>;
}

/** A caller's INSERT … RETURNING delivery_key, run in the claim's statement; its one parameter is `$3`. */
export interface AlongsideInsert {
  sql: string;
  parameter: unknown;
}

/** 'sent' now, 'already' sent by an earlier run, or why it could not be sent this time. */
export type DeliveryOutcome = 'sent' | 'already' | Error;

/** Deterministic, so a resend after a crash carries the same Message-ID and clients can fold the two. */
export function messageIdFor(key: string): string {
  return `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}@kyodo>`;
}

/**
 * E-mails sent at most once per delivery key, many at a time. Each key is
 * recorded before sending and claimed with a lease: of two runs of one job
 * only the claimer sends; a claimer that died mid-send lets its lease run
 * out and the retry sends with the same Message-ID. A few statements serve
 * a whole batch, whatever its size.
 */
export class EmailDeliveries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    private readonly leaseSeconds = 60,
  ) {}

  private readonly marks = new MicroBatcher<string, void>(async (keys) => {
    await this.dataSource.query(
      `UPDATE email_deliveries SET status = 'sent', attempts = attempts + 1, sent_at = now() WHERE delivery_key = ANY($1::text[])`,
      [keys],
    );
    return keys.map(() => ({ ok: true as const, value: undefined }));
  }, 500);

  async sendOnce(delivery: EmailDelivery): Promise<boolean> {
    const outcome = (await this.sendMany([delivery])).outcomes.get(delivery.key)!;
    if (outcome instanceof Error) throw outcome;
    return outcome === 'sent';
  }

  /**
   * Records and claims every delivery in one statement, then sends what it
   * claimed. `alongside` is the caller's own INSERT … RETURNING delivery_key
   * (the in-app copies), whose one parameter is `$3`: it runs in the same
   * statement as the claim, so both commit together in one round trip.
   * Answers each delivery's outcome and the keys `alongside` inserted.
   */
  async sendMany(
    deliveries: EmailDelivery[],
    alongside?: AlongsideInsert,
  ): Promise<{ outcomes: Map<string, DeliveryOutcome>; inserted: Set<string> }> {
    const outcomes = new Map<string, DeliveryOutcome>();
    // One row per key: a statement may not claim the same row twice.
    deliveries = [...new Map(deliveries.map((d) => [d.key, d])).values()];
    if (deliveries.length === 0 && !alongside) return { outcomes, inserted: new Set() };
    const keys = deliveries.map((d) => d.key);
    const rows: Array<{ side: 'claimed' | 'alongside'; delivery_key: string }> = await this.dataSource.query(
      // New keys are inserted claimed; existing ones are claimed only if unsent and their lease ran out.
      `WITH ${alongside ? `alongside AS (${alongside.sql}),` : ''}
       claimed AS (
         INSERT INTO email_deliveries (delivery_key, municipality_id, user_id, recipient, subject, message_id, status, claimed_until)
         SELECT r.key, r.municipality_id, r.user_id, r.recipient, r.subject, r.message_id, 'sending', now() + make_interval(secs => $2)
           FROM jsonb_to_recordset($1::jsonb) AS r(key text, municipality_id uuid, user_id uuid, recipient text, subject text, message_id text)
         ON CONFLICT (delivery_key) DO UPDATE SET claimed_until = EXCLUDED.claimed_until
          WHERE email_deliveries.status = 'sending'
            AND (email_deliveries.claimed_until IS NULL OR email_deliveries.claimed_until < now())
         RETURNING delivery_key)
       SELECT 'claimed' AS side, delivery_key FROM claimed
       ${alongside ? "UNION ALL SELECT 'alongside', delivery_key FROM alongside" : ''}`,
      [
        JSON.stringify(
          deliveries.map((d) => ({
            key: d.key,
            municipality_id: d.municipalityId,
            user_id: d.userId,
            recipient: d.mail.to,
            subject: d.mail.subject,
            message_id: messageIdFor(d.key),
          })),
        ),
        this.leaseSeconds,
        ...(alongside ? [alongside.parameter] : []),
      ],
    );
    const claimed = new Set(rows.filter((r) => r.side === 'claimed').map((r) => r.delivery_key));
    const inserted = new Set(rows.filter((r) => r.side === 'alongside').map((r) => r.delivery_key));
    const others = keys.filter((k) => !claimed.has(k));
    if (others.length > 0) {
      const rows: Array<{ delivery_key: string; status: string }> = await this.dataSource.query(
        'SELECT delivery_key, status FROM email_deliveries WHERE delivery_key = ANY($1::text[])',
        [others],
      );
      for (const row of rows) {
        outcomes.set(
          row.delivery_key,
          row.status === 'sent'
            ? 'already'
            : new Error(`delivery ${row.delivery_key} is being sent by another run; retry later`),
        );
      }
    }
    const toSend = deliveries.filter((d) => claimed.has(d.key));
    // Each e-mail is marked sent as soon as its own send succeeds (the marks of
    // sends finishing together share one statement): one slow send must not keep
    // the others unmarked, or a crash then would send them twice.
    await Promise.all(
      toSend.map(async (d) => {
        try {
          await this.transport.send({ ...d.mail, messageId: messageIdFor(d.key) });
        } catch (reason) {
          const error = reason instanceof Error ? reason : new Error(String(reason));
          outcomes.set(d.key, error);
          await this.dataSource.query(
            'UPDATE email_deliveries SET attempts = attempts + 1, last_error = $2, claimed_until = NULL WHERE delivery_key = $1',
            [d.key, error.message.slice(0, 500)],
          );
          return;
        }
        await this.marks.add(d.key);
        outcomes.set(d.key, 'sent');
      }),
    );
    return { outcomes, inserted };
  }
}
