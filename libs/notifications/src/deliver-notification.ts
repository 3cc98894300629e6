import { createHash, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { JobPayloads } from '@kyodo/queues';
import { sessionIcs } from './calendar';
import type { MailTransport, OutgoingMail } from './mail-transport';
import { renderMessage, type MessageData } from './message-catalogue';
import { recipientsFor } from './recipients';

type Job = JobPayloads['notify.proposal-event'];

interface Recipient {
  id: string;
  email: string;
  locale: 'ja' | 'en';
}

/**
 * One notice to its audience: an in-app message for everyone, and an e-mail
 * now, in the daily digest, or not at all as each recipient prefers — except
 * the notices the scheme requires, which always go. BullMQ may run a job
 * twice, so every delivery has a key (outbox id × recipient × channel) that
 * is recorded where the effect happens; a second run sends nothing twice.
 */
export class DeliverNotification {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailTransport,
    private readonly baseUrl: string,
  ) {}

  async execute(job: Job): Promise<{ inApp: number; emails: number }> {
    const data = await this.messageData(job);
    if (!data) return { inApp: 0, emails: 0 };
    const message = renderMessage(job.template, data);
    const recipients: Recipient[] = await this.dataSource.query(
      `SELECT id, email, locale FROM users WHERE id = ANY($1::uuid[]) AND active ORDER BY id`,
      [job.userIds?.length ? job.userIds : await recipientsFor(this.dataSource, job)],
    );
    const preferences = await this.preferences(
      recipients.map((r) => r.id),
      message.category,
    );
    let inApp = 0;
    let emails = 0;
    for (const recipient of recipients) {
      const mode = message.required ? 'immediate' : (preferences.get(recipient.id) ?? 'immediate');
      const inserted = await this.dataSource.query(
        `INSERT INTO notifications (id, municipality_id, user_id, category, template, params, subject_ja, subject_en, body_ja, body_en, delivery_key, digest_pending)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (delivery_key) DO NOTHING RETURNING id`,
        [
          randomUUID(),
          job.municipalityId,
          recipient.id,
          message.category,
          job.template,
          JSON.stringify({ proposalId: job.proposalId, sessionId: job.sessionId ?? null }),
          message.subject.ja,
          message.subject.en,
          message.body.ja,
          message.body.en,
          `${job.outboxId}:${recipient.id}:in_app`,
          mode === 'digest',
        ],
      );
      inApp += inserted.length;
      if (mode !== 'immediate') continue;
      const sent = await this.sendOnce(`${job.outboxId}:${recipient.id}:email`, job.municipalityId, recipient, {
        to: recipient.email,
        subject: message.subject[recipient.locale],
        text: message.text[recipient.locale],
        html: message.html[recipient.locale],
        attachments: await this.attachments(job, data),
      });
      if (sent) emails++;
    }
    return { inApp, emails };
  }

  /** Sends unless this key was already sent; a crashed attempt ('sending') is retried with the same Message-ID. */
  async sendOnce(
    deliveryKey: string,
    municipalityId: string | null,
    recipient: Recipient,
    mail: Omit<OutgoingMail, 'messageId'>,
  ): Promise<boolean> {
    const messageId = `<${createHash('sha256').update(deliveryKey).digest('hex').slice(0, 32)}@kyodo>`;
    await this.dataSource.query(
      `INSERT INTO email_deliveries (delivery_key, municipality_id, user_id, recipient, subject, message_id, status)
       VALUES ($1, $2, $3, $4, $5, $6, 'sending') ON CONFLICT (delivery_key) DO NOTHING`,
      [deliveryKey, municipalityId, recipient.id, mail.to, mail.subject, messageId],
    );
    // A lease: of two runs of one job only the claimer sends; a crashed claimer's lease runs out and a retry
    // sends again with the same Message-ID. (TypeORM answers UPDATE … RETURNING with [rows, rowCount].)
    const [claimed]: [unknown[], number] = await this.dataSource.query(
      `UPDATE email_deliveries SET claimed_until = now() + interval '60 seconds'
        WHERE delivery_key = $1 AND status = 'sending' AND (claimed_until IS NULL OR claimed_until < now())
        RETURNING delivery_key`,
      [deliveryKey],
    );
    if (claimed.length === 0) {
      const [{ status }] = await this.dataSource.query('SELECT status FROM email_deliveries WHERE delivery_key = $1', [
        deliveryKey,
      ]);
      if (status === 'sent') return false;
      throw new Error(`delivery ${deliveryKey} is being sent by another run; retry later`);
    }
    try {
      await this.mail.send({ ...mail, messageId });
    } catch (error) {
      await this.dataSource.query(
        'UPDATE email_deliveries SET attempts = attempts + 1, last_error = $2, claimed_until = NULL WHERE delivery_key = $1',
        [deliveryKey, error instanceof Error ? error.message.slice(0, 500) : 'send failed'],
      );
      throw error;
    }
    await this.dataSource.query(
      `UPDATE email_deliveries SET status = 'sent', attempts = attempts + 1, sent_at = now() WHERE delivery_key = $1`,
      [deliveryKey],
    );
    return true;
  }

  private async preferences(userIds: string[], category: string): Promise<Map<string, string>> {
    const rows: Array<{ user_id: string; mode: string }> = await this.dataSource.query(
      'SELECT user_id, mode FROM notification_preferences WHERE user_id = ANY($1::uuid[]) AND category = $2',
      [userIds, category],
    );
    return new Map(rows.map((r) => [r.user_id, r.mode]));
  }

  /** What the message says, reloaded from the database (payloads carry ids only). */
  private async messageData(job: Job): Promise<MessageData | null> {
    const session = job.sessionId
      ? (
          await this.dataSource.query('SELECT starts_at, place FROM evaluation_sessions WHERE id = $1', [job.sessionId])
        )[0]
      : null;
    const sessionData = session ? { startsAt: new Date(session.starts_at).toISOString(), place: session.place } : null;
    if (!job.proposalId) {
      return {
        proposalTitle: '合同評価会議',
        receiptNumber: null,
        state: '',
        session: sessionData,
        link: this.baseUrl,
      };
    }
    const [row] = await this.dataSource.query(
      `SELECT p.title, p.receipt_number, p.state, p.snapshot, c.title_ja FROM proposals p JOIN calls c ON c.id = p.call_id
        WHERE p.id = $1 AND p.municipality_id = $2`,
      [job.proposalId, job.municipalityId],
    );
    if (!row) return null;
    const context = (row.snapshot?.context ?? {}) as {
      returns?: Array<{ reason: string }>;
      closure?: { reason: string } | null;
      decision?: { reason: string } | null;
      conditions?: Array<{ text: string }>;
      assessment?: { comment: string } | null;
    };
    const reason =
      job.template === 'proposal.returned'
        ? (context.returns?.[context.returns.length - 1]?.reason ?? null)
        : (context.closure?.reason ?? null);
    return {
      proposalTitle: row.title,
      receiptNumber: row.receipt_number,
      state: row.state,
      callTitle: row.title_ja,
      reason,
      comment: job.template.startsWith('evaluation')
        ? (context.assessment?.comment ?? null)
        : (context.decision?.reason ?? null),
      conditions: (context.conditions ?? []).map((c) => c.text),
      deadline: job.deadline ?? null,
      session: sessionData,
      link: `${this.baseUrl}/proposals/${job.proposalId}`,
    };
  }

  private async attachments(job: Job, data: MessageData) {
    if (job.template !== 'session.invitation' || !data.session || !job.sessionId) return undefined;
    const [row] = await this.dataSource.query(
      `SELECT jsonb_array_length(agenda) AS items, (slot_minutes->>'presentation')::int + (slot_minutes->>'questions')::int AS slot
         FROM evaluation_sessions WHERE id = $1`,
      [job.sessionId],
    );
    const content = sessionIcs({
      uid: job.sessionId,
      startsAt: data.session.startsAt,
      minutes: (row?.items ?? 1) * (row?.slot ?? 15),
      summary: '合同評価会議 / Joint evaluation session',
      location: data.session.place,
    });
    return [{ filename: 'session.ics', content, contentType: 'text/calendar; charset=utf-8; method=REQUEST' }];
  }
}
