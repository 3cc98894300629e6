import type { JobPayloads } from '@kyodo/queues';
import { deliveryIdentity } from './delivery-key';
import type { renderMessage } from './message-catalogue';

type Job = JobPayloads['notify.proposal-event'];
type RenderedMessage = ReturnType<typeof renderMessage>;

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

/** The batch's notice rows, gathered as it is planned, and the statement that writes them. */
export class NoticeRows {
  private readonly messages: Array<Record<string, unknown>> = [];
  private readonly ids: string[] = [];
  private readonly seen = new Set<string>();
  private readonly userIds: string[] = [];
  private readonly keys: string[] = [];
  private readonly digest: boolean[] = [];
  private readonly messageIndexes: number[] = [];
  private readonly emailTo: Array<string | null> = [];
  private readonly emailIds: string[] = [];

  /** Answers the message's index, which its recipients point at. */
  addMessage(job: Job, message: RenderedMessage): number {
    const index = this.messages.length;
    this.messages.push({
      index,
      municipality_id: job.municipalityId,
      category: message.category,
      template: job.template,
      params: { proposalId: job.proposalId, sessionId: job.sessionId ?? null },
      subject_ja: message.subject.ja,
      subject_en: message.subject.en,
      body_ja: message.body.ja,
      body_en: message.body.en,
    });
    return index;
  }

  /**
   * Answers the row's id, its e-mail's Message-ID, and whether the row is new to this batch (the same job twice in a
   * batch gives one row, and one e-mail: a statement may not write a row twice). `emailTo` is null when no e-mail
   * goes now.
   */
  add(
    key: string,
    recipient: { userId: string; emailTo: string | null; digest: boolean },
    message: number,
  ): { id: string; messageId: string; added: boolean } {
    const identity = deliveryIdentity(key);
    if (this.seen.has(identity.id)) return { ...identity, added: false };
    this.seen.add(identity.id);
    this.ids.push(identity.id);
    this.userIds.push(recipient.userId);
    this.keys.push(key);
    this.digest.push(recipient.digest);
    this.messageIndexes.push(message);
    this.emailTo.push(recipient.emailTo);
    if (recipient.emailTo !== null) this.emailIds.push(identity.id);
    return { ...identity, added: true };
  }

  get empty(): boolean {
    return this.ids.length === 0;
  }

  statement(leaseSeconds: number): { sql: string; parameters: unknown[] } {
    return {
      sql: NOTICE_ROWS,
      parameters: [
        this.ids,
        this.userIds,
        this.keys,
        this.digest,
        this.messageIndexes,
        this.emailTo,
        JSON.stringify(this.messages),
        leaseSeconds,
        this.ids.length,
        this.emailIds.length,
      ],
    };
  }

  /** From the statement's answer: the rows inserted and the e-mails claimed. */
  written(answer: { inserted: string[] | null; claimed: string[] | null }) {
    return {
      inserted: new Set(answer.inserted ?? this.ids),
      claimed: new Set(answer.claimed ?? this.emailIds),
    };
  }
}
