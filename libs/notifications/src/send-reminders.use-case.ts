import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@kyodo/queues';
import { DeliverNotification } from './deliver-notification';
import { ReminderTargetsRepository } from './reminders/reminder-targets.repository';

const sameInstant = (a: Date | string | null, b: string) =>
  a !== null && new Date(a).getTime() === new Date(b).getTime();

/**
 * Reminder timers. Each carries the date it was scheduled for; if the call or
 * session has moved since, the timer is stale and does nothing (a new one was
 * scheduled for the new date). Reminders go only to whom they still concern:
 * unsubmitted drafts, open score sheets.
 */
@Injectable()
export class SendReminders {
  constructor(
    private readonly targets: ReminderTargetsRepository,
    private readonly deliver: DeliverNotification,
  ) {}

  async submission(job: JobPayloads['timer.submission-reminder']): Promise<number> {
    if (!sameInstant(await this.targets.submissionClosesAt(job.callId), job.deadline)) return 0;
    const drafts = await this.targets.unsubmittedProposals(job.callId);
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
    if (!sameInstant(await this.targets.reviewDeadlineAt(job.callId), job.deadline)) return 0;
    const open = await this.targets.openAssignments(job.callId);
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
    const session = await this.targets.session(job.sessionId);
    if (!session || !sameInstant(session.startsAt, job.startsAt)) return 0;
    const members = await this.targets.committeeMembers(session.committeeId);
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
