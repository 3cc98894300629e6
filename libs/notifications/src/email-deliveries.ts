import type { DataSource } from 'typeorm';
import { MicroBatcher } from '@kyodo/queues';
import { deliveryIdentity } from './delivery-key';
import type { MailTransport, OutgoingMail } from './mail-transport';

export interface EmailDelivery {
  /** Where the effect is recorded: outbox id × recipient × channel, or digest × user × day. */
  key: string;
  municipalityId: string | null;
  userId: string;
  mail: Omit<OutgoingMail, 'messageId'>;
}

/**
 * A caller's INSERT … RETURNING id, run in the claim's statement. Its SQL
 * numbers its own parameters from `$1`; the claim's come after them. `ids`
 * are the ids of the rows it offers (a rerun's rows insert nothing).
 */
export interface AlongsideInsert {
  sql: string;
  parameters: unknown[];
  ids: string[];
}

/** 'sent' now, 'already' sent by an earlier run, or why it could not be sent this time. */
export type DeliveryOutcome = 'sent' | 'already' | Error;

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

  private readonly marks = new MicroBatcher<string, void>(async (ids) => {
    await this.dataSource.query(
      `UPDATE email_deliveries SET status = 'sent', attempts = attempts + 1, sent_at = now() WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return ids.map(() => ({ ok: true as const, value: undefined }));
  }, 500);

  async sendOnce(delivery: EmailDelivery): Promise<boolean> {
    const outcome = (await (await this.sendMany([delivery])).sent).get(delivery.key)!;
    if (outcome instanceof Error) throw outcome;
    return outcome === 'sent';
  }

  /**
   * Records and claims every delivery in one statement, then sends what it
   * claimed. `alongside` is the caller's own INSERT … RETURNING id (the
   * in-app copies): it runs in the same statement as the claim, so both
   * commit together in one round trip.
   * Answers, once that statement has committed, the ids `alongside` inserted
   * and the promise of each delivery's outcome (by key), which settles when
   * the e-mails have been sent and marked.
   */
  async sendMany(
    deliveries: EmailDelivery[],
    alongside?: AlongsideInsert,
  ): Promise<{ inserted: Set<string>; sent: Promise<Map<string, DeliveryOutcome>> }> {
    const outcomes = new Map<string, DeliveryOutcome>();
    // One row per key: a statement may not claim the same row twice.
    deliveries = [...new Map(deliveries.map((d) => [d.key, d])).values()];
    if (deliveries.length === 0 && !alongside) return { inserted: new Set(), sent: Promise.resolve(outcomes) };
    const identities = deliveries.map((d) => deliveryIdentity(d.key));
    const first = (alongside?.parameters.length ?? 0) + 1;
    const $ = (i: number) => `$${first + i}`;
    const n = first + 8;
    // Usually every row is new: the answer is then two NULLs ("all of them"), not a row per id to parse.
    const [row]: Array<{ claimed: string[] | null; inserted: string[] | null }> = await this.dataSource.query(
      // New keys are inserted claimed; existing ones are claimed only if unsent and their lease ran out.
      // Columns travel as arrays (unnest): parsing them costs PostgreSQL a fraction of a JSON document.
      `WITH ${alongside ? `alongside AS (${alongside.sql}),` : ''}
       claimed AS (
         INSERT INTO email_deliveries (id, delivery_key, municipality_id, user_id, recipient, subject, message_id, status, claimed_until)
         SELECT r.id, r.key, r.municipality_id, r.user_id, r.recipient, r.subject, r.message_id, 'sending', now() + make_interval(secs => ${$(7)})
           FROM unnest(${$(0)}::uuid[], ${$(1)}::text[], ${$(2)}::uuid[], ${$(3)}::uuid[], ${$(4)}::text[], ${$(5)}::text[], ${$(6)}::text[])
             AS r(id, key, municipality_id, user_id, recipient, subject, message_id)
         ON CONFLICT (id) DO UPDATE SET claimed_until = EXCLUDED.claimed_until
          WHERE email_deliveries.status = 'sending'
            AND (email_deliveries.claimed_until IS NULL OR email_deliveries.claimed_until < now())
         RETURNING id)
       SELECT (SELECT CASE WHEN count(*) = cardinality(${$(0)}::uuid[]) THEN NULL ELSE coalesce(array_agg(id), '{}')::text[] END FROM claimed) AS claimed,
              ${alongside ? `(SELECT CASE WHEN count(*) = $${n} THEN NULL ELSE coalesce(array_agg(id), '{}')::text[] END FROM alongside)` : 'NULL'} AS inserted`,
      [
        ...(alongside?.parameters ?? []),
        identities.map((i) => i.id),
        deliveries.map((d) => d.key),
        deliveries.map((d) => d.municipalityId),
        deliveries.map((d) => d.userId),
        deliveries.map((d) => d.mail.to),
        deliveries.map((d) => d.mail.subject),
        identities.map((i) => i.messageId),
        this.leaseSeconds,
        ...(alongside ? [alongside.ids.length] : []),
      ],
    );
    const claimed = new Set(row!.claimed ?? identities.map((i) => i.id));
    const inserted = new Set(row!.inserted ?? alongside?.ids ?? []);
    const others = identities.filter((i) => !claimed.has(i.id)).map((i) => i.id);
    if (others.length > 0) {
      const rows: Array<{ delivery_key: string; status: string }> = await this.dataSource.query(
        'SELECT delivery_key, status FROM email_deliveries WHERE id = ANY($1::uuid[])',
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
    // Each e-mail is marked sent as soon as its own send succeeds (the marks of
    // sends finishing together share one statement): one slow send must not keep
    // the others unmarked, or a crash then would send them twice.
    const sending = Promise.all(
      deliveries.map(async (d, i) => {
        const { id, messageId } = identities[i]!;
        if (!claimed.has(id)) return;
        try {
          await this.transport.send({ ...d.mail, messageId });
        } catch (reason) {
          const error = reason instanceof Error ? reason : new Error(String(reason));
          outcomes.set(d.key, error);
          await this.dataSource.query(
            'UPDATE email_deliveries SET attempts = attempts + 1, last_error = $2, claimed_until = NULL WHERE id = $1',
            [id, error.message.slice(0, 500)],
          );
          return;
        }
        await this.marks.add(id);
        outcomes.set(d.key, 'sent');
      }),
    );
    return { inserted, sent: sending.then(() => outcomes) };
  }
}
