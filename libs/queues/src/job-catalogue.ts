/**
 * Every queue, every job name and each job's payload, in one place.
 * Producers (the outbox) and processors (the worker) both use it; payloads
 * carry ids, never entities.
 */
export const QUEUES = {
  notifications: 'notifications',
  health: 'health',
  timers: 'timers',
  publications: 'publications',
  reports: 'reports',
} as const;
/**
 * Notices a worker process holds at once. They wait for the database in
 * batches (MicroBatcher), so more in flight means bigger batches, not more
 * connections. 512 measured best on 2 cores (256 slower; 1,024 and 2,048 no better, and BullMQ itself slows
 * as its active list grows; docs/notifications.md).
 */
export const NOTIFICATION_CONCURRENCY = 512;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface JobPayloads {
  /** A proposal's machine declared `notify`: tell the audience. */
  'notify.proposal-event': {
    municipalityId: string;
    /** Absent for notices about a session rather than a proposal. */
    proposalId?: string;
    sessionId?: string;
    /** The date a reminder is about. */
    deadline?: string;
    template: string;
    audience: string;
    /** Named recipients (audience 'users'), e.g. the reviewers just assigned. */
    userIds?: string[];
    outboxId: string;
  };
  /** A call's submission deadline has come: close it for submission and expire open drafts. */
  'timer.submission-deadline': { municipalityId: string; callId: string; deadline: string; outboxId: string };
  /** Three days before the submission deadline: owners of drafts still unsubmitted. */
  'timer.submission-reminder': { municipalityId: string; callId: string; deadline: string; outboxId: string };
  /** Two days before the review deadline: reviewers with sheets still open. */
  'timer.review-reminder': { municipalityId: string; callId: string; deadline: string; outboxId: string };
  /** The day before a joint-evaluation session: its committee. */
  'timer.session-reminder': { municipalityId: string; sessionId: string; startsAt: string; outboxId: string };
  /** The moment chosen for a call's batch announcement: release its held decision notices. */
  'timer.release-announcement': { municipalityId: string; callId: string; releaseAt: string; outboxId: string };
  /** Daily at 08:00 JST: the digest e-mails. */
  'digest.daily': { day?: string };
  /** The machine declared `publish`: build the disclosure package (at the call's publication time if set). */
  'publish.package': {
    municipalityId: string;
    proposalId: string;
    kind: 'decision' | 'assessment';
    sourceKey: string;
    outboxId: string;
  };
  /** The secretariat asked for a report: build its file. */
  'report.build': { municipalityId: string; reportId: string; outboxId: string };
  /** Someone asked for a password-reset link: e-mail it (the id only; the worker derives the token). */
  'account.password-reset': { resetId: string; outboxId: string };
  /** Someone asked to change their e-mail address: e-mail the confirmation link to the new one. */
  'account.email-change': { changeId: string; outboxId: string };
  /** A change of e-mail address was confirmed: tell the old address. */
  'account.email-changed': { changeId: string; outboxId: string };
  /**
   * A group's registration (団体登録): the link confirming its address, the notice to an address that already has an
   * account, or the secretariat's decision. The id only; the worker reads the rest and derives the link's token.
   */
  'account.group-registration': { registrationId: string; mail: GroupRegistrationMailKind; outboxId: string };
  /** Round trip through the worker, used by /health/ready. */
  'health.canary': { nonce: string };
}
export type JobName = keyof JobPayloads;

/** Which e-mail about a group's registration. */
export type GroupRegistrationMailKind = 'confirm' | 'existing-account' | 'approved' | 'returned' | 'refused';

export const JOB_QUEUE: Record<JobName, QueueName> = {
  'notify.proposal-event': QUEUES.notifications,
  'account.password-reset': QUEUES.notifications,
  'account.email-change': QUEUES.notifications,
  'account.email-changed': QUEUES.notifications,
  'account.group-registration': QUEUES.notifications,
  'health.canary': QUEUES.health,
  'timer.submission-deadline': QUEUES.timers,
  'timer.submission-reminder': QUEUES.timers,
  'timer.review-reminder': QUEUES.timers,
  'timer.session-reminder': QUEUES.timers,
  'digest.daily': QUEUES.timers,
  'timer.release-announcement': QUEUES.timers,
  'publish.package': QUEUES.publications,
  'report.build': QUEUES.reports,
};
