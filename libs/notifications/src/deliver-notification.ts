import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@kyodo/config';
import { Clock } from '@kyodo/platform';
import type { BatchOutcome, JobPayloads, PendingOutcome } from '@kyodo/queues';
import { sessionIcs } from './calendar';
import { EmailDeliveries } from './email-deliveries';
import type { LedgeredEmail } from './email-sender';
import { NotificationRepository } from './inbox/notification.repository';
import { categoryOf, renderMessage, type MessageData } from './message-catalogue';
import { MessageFactsService, type ProposalFacts } from './message-facts/message-facts.service';
import { NoticeEmailSender } from './notice-email-sender';
import { noticeLink } from './notice-link';
import { NoticeRows } from './notice-rows';
import { RecipientsService } from './recipients/recipients.service';

type Job = JobPayloads['notify.proposal-event'];

type RenderedMessage = ReturnType<typeof renderMessage>;

export interface Delivered {
  inApp: number;
  emails: number;
}

export type JobOutcome = BatchOutcome<Delivered>;

interface Planned {
  job: Job;
  error?: Error;
  inAppIds: string[];
  emailKeys: string[];
}

/**
 * One notice to its audience: an in-app message for everyone, and an e-mail
 * now, in the daily digest, or not at all as each recipient prefers — except
 * the notices the scheme requires, which always go. BullMQ may run a job
 * twice, so every delivery has a key (outbox id × recipient × channel) that
 * is recorded where the effect happens; a second run sends nothing twice.
 *
 * Jobs are handled in batches (the worker gathers the ones running at the
 * same moment): the database work of a batch is a fixed handful of
 * statements, not a handful per notice.
 */
@Injectable()
export class DeliverNotification {
  private readonly baseUrl: string;
  private readonly leaseSeconds: number;

  constructor(
    /** E-mails of their own (the daily digests). */
    readonly emails: EmailDeliveries,
    /** Notice e-mails, recorded on their notice's row. */
    private readonly noticeEmails: NoticeEmailSender,
    private readonly notices: NotificationRepository,
    private readonly recipients: RecipientsService,
    private readonly facts: MessageFactsService,
    config: AppConfig,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    this.baseUrl = config.PUBLIC_BASE_URL;
    this.leaseSeconds = config.EMAIL_SEND_LEASE_SECONDS;
  }

  async execute(job: Job): Promise<Delivered> {
    const [pending] = await this.executeMany([job]);
    const outcome = await pending!;
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  }

  /** Delivers every job of the batch; one job's failed e-mail fails that job only. */
  async executeMany(jobs: Job[]): Promise<Array<PendingOutcome<Delivered>>> {
    const audiences: string[][] = [];
    for (const job of jobs) {
      audiences.push(job.userIds?.length ? job.userIds : await this.recipients.audienceOf(job));
    }
    const categories = [...new Set(jobs.map((job) => categoryOf(job.template)))];
    // The two reads do not depend on each other: one round trip's wait instead of two.
    const [data, users] = await Promise.all([
      this.messageData(jobs),
      this.recipients.active(audiences.flat(), categories),
    ]);
    const messages = new Map<string, { index: number; message: RenderedMessage }>();
    const rows = new NoticeRows();
    /** The job's message, rendered once per batch for every job that says the same thing. */
    const messageOf = (i: number) => {
      const job = jobs[i]!;
      // The audience is in the key: each audience's message links to a page of its own area.
      const cacheKey = [
        job.municipalityId,
        job.template,
        job.proposalId,
        job.sessionId,
        job.deadline,
        job.audience,
      ].join('\u0000');
      let entry = messages.get(cacheKey);
      if (!entry) {
        const message = renderMessage(job.template, data[i]!);
        entry = { index: rows.addMessage(job, message), message };
        messages.set(cacheKey, entry);
      }
      return entry;
    };

    const emails: LedgeredEmail[] = [];
    const planned: Planned[] = [];
    for (const [i, job] of jobs.entries()) {
      const plan: Planned = { job, inAppIds: [], emailKeys: [] };
      planned.push(plan);
      if (!data[i]) continue;
      let rendered: { index: number; message: RenderedMessage };
      try {
        rendered = messageOf(i);
      } catch (error) {
        // A notice that cannot be rendered fails alone; the rest of the batch goes out.
        plan.error = error instanceof Error ? error : new Error(String(error));
        continue;
      }
      const { message } = rendered;
      const attachments = await this.attachments(job, data[i]!);
      for (const recipient of audiences[i]!.map((id) => users.get(id)).filter((u) => u !== undefined)) {
        const mode = message.required ? 'immediate' : (recipient.modes[message.category] ?? 'immediate');
        const emailTo = mode === 'immediate' ? recipient.email : null;
        const row = rows.add(
          `${job.outboxId}:${recipient.id}:in_app`,
          { userId: recipient.id, emailTo, digest: mode === 'digest' },
          rendered.index,
        );
        plan.inAppIds.push(row.id);
        if (emailTo === null) continue;
        const emailKey = `${job.outboxId}:${recipient.id}:email`;
        plan.emailKeys.push(emailKey);
        if (!row.added) continue;
        emails.push({
          id: row.id,
          key: emailKey,
          messageId: row.messageId,
          mail: {
            to: emailTo,
            subject: message.subject[recipient.locale],
            text: message.text[recipient.locale],
            html: message.html[recipient.locale],
            attachments,
          },
        });
      }
    }
    const { inserted, claimed } = await this.notices.write(rows, this.leaseSeconds);
    const sent = this.noticeEmails.send(emails, claimed);
    // Recorded: the batch hands back its slot here; each job settles when its own e-mails are sent and marked.
    return planned.map(({ inAppIds, emailKeys, error }): PendingOutcome<Delivered> => {
      if (error) return { ok: false, error };
      const inAppCount = inAppIds.filter((id) => inserted.has(id)).length;
      if (emailKeys.length === 0) return { ok: true, value: { inApp: inAppCount, emails: 0 } };
      return sent.then((outcomes): JobOutcome => {
        const failure = emailKeys.map((k) => outcomes.get(k)).find((o) => o instanceof Error);
        if (failure) return { ok: false, error: failure };
        return {
          ok: true,
          value: { inApp: inAppCount, emails: emailKeys.filter((k) => outcomes.get(k) === 'sent').length },
        };
      });
    });
  }

  /** What each message says, reloaded from the database (payloads carry ids only): two queries per batch. */
  private async messageData(jobs: Job[]): Promise<Array<MessageData | null>> {
    const sessionIds = [...new Set(jobs.flatMap((j) => (j.sessionId ? [j.sessionId] : [])))];
    const proposalIds = [...new Set(jobs.flatMap((j) => (j.proposalId ? [j.proposalId] : [])))];
    const sessions = await this.facts.sessions(sessionIds);
    const proposals = await this.facts.proposals(proposalIds);
    const madeAt = this.clock.now().toISOString();
    return jobs.map((job): MessageData | null => {
      const session = job.sessionId ? sessions.get(job.sessionId) : undefined;
      const sessionData = session ? { startsAt: session.startsAt.toISOString(), place: session.place } : null;
      if (!job.proposalId) {
        return {
          proposalTitle: '合同評価会議',
          receiptNumber: null,
          state: '',
          session: sessionData,
          // A session's notice opens the committee's page of that meeting (notice-link.ts).
          link: noticeLink(this.baseUrl, job, null),
          madeAt,
        };
      }
      const row = proposals.get(job.proposalId);
      // A proposal of another municipality is as good as absent: payloads are never trusted across tenants.
      if (!row || row.municipalityId !== job.municipalityId) return null;
      return { ...this.proposalMessageData(job, row, sessionData), madeAt };
    });
  }

  private proposalMessageData(job: Job, row: ProposalFacts, session: MessageData['session']): MessageData {
    const { context } = row;
    const reason =
      job.template === 'proposal.returned'
        ? (context.returns?.[context.returns.length - 1]?.reason ?? null)
        : (context.closure?.reason ?? null);
    return {
      proposalTitle: row.title,
      receiptNumber: row.receiptNumber,
      state: row.state,
      callTitle: row.callTitle,
      reason,
      comment: job.template.startsWith('evaluation')
        ? (context.assessment?.comment ?? null)
        : (context.decision?.reason ?? null),
      conditions: (context.conditions ?? []).map((c) => c.text),
      deadline: job.deadline ?? null,
      session,
      link: noticeLink(this.baseUrl, job, row.state),
    };
  }

  private async attachments(job: Job, data: MessageData) {
    if (job.template !== 'session.invitation' || !data.session || !job.sessionId) return undefined;
    const slots = await this.facts.sessionSlots(job.sessionId);
    const content = sessionIcs({
      uid: job.sessionId,
      startsAt: data.session.startsAt,
      minutes: (slots?.items ?? 1) * (slots?.slotMinutes ?? 15),
      summary: '合同評価会議 / Joint evaluation session',
      location: data.session.place,
      stampedAt: this.clock.now(),
    });
    return [{ filename: 'session.ics', content, contentType: 'text/calendar; charset=utf-8; method=REQUEST' }];
  }
}
