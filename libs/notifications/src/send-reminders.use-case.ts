import type { DataSource } from 'typeorm';
import type { JobPayloads } from '@kyodo/queues';
import type { DeliverNotification } from './deliver-notification';

const sameInstant = (a: Date | string | null, b: string) =>
  a !== null && new Date(a).getTime() === new Date(b).getTime();

/**
 * Reminder timers. Each carries the date it was scheduled for; if the call or
 * session has moved since, the timer is stale and does nothing (a new one was
 * scheduled for the new date). Reminders go only to whom they still concern:
 * unsubmitted drafts, open score sheets.
 */
export class SendReminders {
  constructor(
    private readonly dataSource: DataSource,
    private readonly deliver: DeliverNotification,
  ) {}

  async submission(job: JobPayloads['timer.submission-reminder']): Promise<number> {
    const [call] = await this.dataSource.query('SELECT submission_closes_at FROM calls WHERE id = $1', [job.callId]);
    if (!call || !sameInstant(call.submission_closes_at, job.deadline)) return 0;
    const drafts: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM proposals WHERE call_id = $1 AND state IN ('draft', 'submitted.revisionRequested') ORDER BY id`,
      [job.callId],
    );
    for (const draft of drafts) {
      await this.deliver.execute({
        municipalityId: job.municipalityId,
        proposalId: draft.id,
        template: 'reminder.submission',
        audience: 'owners',
        deadline: job.deadline,
        outboxId: `${job.outboxId}:${draft.id}`,
      });
    }
    return drafts.length;
  }

  async review(job: JobPayloads['timer.review-reminder']): Promise<number> {
    const [call] = await this.dataSource.query('SELECT review_deadline_at FROM calls WHERE id = $1', [job.callId]);
    if (!call || !sameInstant(call.review_deadline_at, job.deadline)) return 0;
    const open: Array<{ proposal_id: string; reviewer_id: string }> = await this.dataSource.query(
      `SELECT proposal_id, reviewer_id FROM review_assignments
        WHERE call_id = $1 AND status IN ('assigned', 'acknowledged', 'draft') ORDER BY proposal_id, reviewer_id`,
      [job.callId],
    );
    for (const a of open) {
      await this.deliver.execute({
        municipalityId: job.municipalityId,
        proposalId: a.proposal_id,
        template: 'reminder.review',
        audience: 'users',
        userIds: [a.reviewer_id],
        deadline: job.deadline,
        outboxId: `${job.outboxId}:${a.proposal_id}`,
      });
    }
    return open.length;
  }

  async session(job: JobPayloads['timer.session-reminder']): Promise<number> {
    const [session] = await this.dataSource.query(
      'SELECT starts_at, committee_id FROM evaluation_sessions WHERE id = $1',
      [job.sessionId],
    );
    if (!session || !sameInstant(session.starts_at, job.startsAt)) return 0;
    const members: Array<{ user_id: string }> = await this.dataSource.query(
      'SELECT user_id FROM committee_members WHERE committee_id = $1 ORDER BY user_id',
      [session.committee_id],
    );
    await this.deliver.execute({
      municipalityId: job.municipalityId,
      sessionId: job.sessionId,
      template: 'reminder.session',
      audience: 'users',
      userIds: members.map((m) => m.user_id),
      outboxId: job.outboxId,
    });
    return members.length;
  }
}
