import { Injectable } from '@nestjs/common';
import { CommitteeRepository } from '@kyodo/identity';
import { CallRepository, ProposalRepository } from '@kyodo/proposals';
import type { JobPayloads } from '@kyodo/queues';
import { AssignmentRepository, SessionRepository } from '@kyodo/review';
import { DeliverNotification } from './deliver-notification';

const sameInstant = (a: Date | string | null | undefined, b: string) =>
  a !== null && a !== undefined && new Date(a).getTime() === new Date(b).getTime();

/**
 * Reminder timers. Each carries the date it was scheduled for; if the call or
 * session has moved since, the timer is stale and does nothing (a new one was
 * scheduled for the new date). Reminders go only to whom they still concern:
 * unsubmitted drafts, open score sheets.
 */
@Injectable()
export class SendReminders {
  /** Whom reminders concern is asked of the libraries that know: calls and proposals, assignments and sessions, committees. */
  constructor(
    private readonly calls: CallRepository,
    private readonly proposals: ProposalRepository,
    private readonly assignments: AssignmentRepository,
    private readonly sessions: SessionRepository,
    private readonly committees: CommitteeRepository,
    private readonly deliver: DeliverNotification,
  ) {}

  async submission(job: JobPayloads['timer.submission-reminder']): Promise<number> {
    const call = await this.calls.findById(job.callId);
    if (!sameInstant(call?.submissionClosesAt, job.deadline)) return 0;
    const drafts = await this.proposals.openIdsOfCall(job.callId);
    for (const proposalId of drafts) {
      await this.deliver.execute({
        municipalityId: job.municipalityId,
        proposalId,
        template: 'reminder.submission',
        audience: 'owners',
        deadline: job.deadline,
        outboxId: `${job.outboxId}:${proposalId}`,
      });
    }
    return drafts.length;
  }

  async review(job: JobPayloads['timer.review-reminder']): Promise<number> {
    const call = await this.calls.findById(job.callId);
    if (!sameInstant(call?.reviewDeadlineAt, job.deadline)) return 0;
    const open = await this.assignments.openOfCall(job.callId);
    for (const a of open) {
      await this.deliver.execute({
        municipalityId: job.municipalityId,
        proposalId: a.proposalId,
        template: 'reminder.review',
        audience: 'users',
        userIds: [a.reviewerId],
        deadline: job.deadline,
        outboxId: `${job.outboxId}:${a.proposalId}`,
      });
    }
    return open.length;
  }

  async session(job: JobPayloads['timer.session-reminder']): Promise<number> {
    const session = (await this.sessions.schedulesOf([job.sessionId])).get(job.sessionId);
    if (!session || !sameInstant(session.startsAt, job.startsAt)) return 0;
    const members = await this.committees.memberIds(session.committeeId);
    await this.deliver.execute({
      municipalityId: job.municipalityId,
      sessionId: job.sessionId,
      template: 'reminder.session',
      audience: 'users',
      userIds: members,
      outboxId: job.outboxId,
    });
    return members.length;
  }
}
