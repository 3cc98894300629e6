import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { CATEGORIES } from '@kyodo/notifications';
import { LOCALES } from '@kyodo/platform';
import type { Timestamp } from '../openapi/answers';

/** What the inbox, the e-mail preferences, the template preview and the dead letters answer. */

@ApiSchema({ name: 'Notification', description: 'An in-app notification, in the caller’s language' })
export class NotificationResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  id: string;

  @ApiProperty({
    type: 'string',
    enum: [...CATEGORIES],
    description: 'The kind of notice; the recipient’s e-mail preference is per category',
  })
  category: string;

  @ApiProperty({ type: 'string', description: 'The message template, e.g. `proposal.returned`' })
  template: string;

  @ApiProperty({ type: 'string' })
  subject: string;

  @ApiProperty({ type: 'string', description: 'Plain text' })
  body: string;

  // Inline, not a class: the members named are the ones the web links by; a notice may carry others.
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'What the notice is about, to link to it (libs/notifications notice-rows.ts)',
    properties: {
      proposalId: { type: 'string', format: 'uuid', description: 'Absent for notices about a session only' },
      sessionId: { type: 'string', format: 'uuid', nullable: true },
    },
  })
  params: { proposalId?: string; sessionId?: string | null; [member: string]: unknown };

  @ApiProperty({ type: 'boolean' })
  read: boolean;

  @ApiProperty({ type: 'string', format: 'date-time' })
  createdAt: Timestamp;
}

@ApiSchema({ name: 'Inbox' })
export class InboxResponse {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'All my unread notifications, not only those listed' })
  unread: number;

  @ApiProperty({
    type: () => NotificationResponse,
    isArray: true,
    description: 'Newest first, at most `limit` (50 by default)',
  })
  items: NotificationResponse[];
}

@ApiSchema({ name: 'InboxMarkedRead' })
export class InboxMarkedReadResponse {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Notifications that were unread until now' })
  marked: number;
}

@ApiSchema({ name: 'NotificationPreference' })
export class NotificationPreferenceResponse {
  @ApiProperty({
    type: 'string',
    enum: [...CATEGORIES],
    description: 'The kind of notice; the recipient’s e-mail preference is per category',
  })
  category: string;

  @ApiProperty({
    type: 'string',
    enum: ['immediate', 'digest', 'off'],
    description: 'E-mail at once, in the daily digest, or not at all (the in-app notification always comes)',
  })
  mode: string;

  @ApiProperty({
    type: 'boolean',
    description: 'Notices the scheme requires (decision, screening, assignment): always immediate',
  })
  required: boolean;
}

@ApiSchema({ name: 'TemplatePreview', description: 'A message rendered with sample data' })
export class TemplatePreviewResponse {
  @ApiProperty({
    type: 'string',
    enum: [
      'proposal.submitted',
      'proposal.received',
      'proposal.resubmitted',
      'proposal.returned',
      'proposal.accepted',
      'proposal.ineligible',
      'review.assigned',
      'reminder.submission',
      'reminder.review',
      'session.invitation',
      'reminder.session',
      'proposal.decided',
      'proposal.published',
      'evaluation.requested',
      'condition.follow_up',
      'progress_report.submitted',
      'progress_report.accepted',
      'progress_report.returned',
      'plan_change.requested',
      'plan_change.approved',
      'plan_change.returned',
      'results_report.submitted',
      'results_report.accepted',
      'results_report.returned',
    ],
  })
  template: string;

  @ApiProperty({ type: 'string', enum: [...LOCALES], description: 'The `locale` asked for, else the caller’s' })
  locale: string;

  @ApiProperty({
    type: 'string',
    enum: [...CATEGORIES],
    description: 'The kind of notice; the recipient’s e-mail preference is per category',
  })
  category: string;

  @ApiProperty({ type: 'boolean', description: 'Sent whatever the recipient’s preference' })
  required: boolean;

  @ApiProperty({ type: 'string' })
  subject: string;

  @ApiProperty({ type: 'string', description: 'The plain-text e-mail body' })
  text: string;

  @ApiProperty({ type: 'string', description: 'The HTML e-mail, a whole document' })
  html: string;
}

@ApiSchema({ name: 'DeadLetter', description: 'A job that failed its last attempt' })
export class DeadLetterResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'string', description: 'The BullMQ queue (libs/queues job-catalogue.ts QUEUES)' })
  queue: string;

  @ApiProperty({ type: 'string', description: 'e.g. `notify.proposal-event`, `timer.session-reminder`' })
  jobName: string;

  @ApiProperty({ type: 'string' })
  jobId: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The job’s data, as defined per job name by JobPayloads in libs/queues job-catalogue.ts',
  })
  payload: Record<string, unknown>;

  @ApiProperty({ type: 'string', description: 'The last error message (its first 2,000 characters)' })
  error: string;

  @ApiProperty({ type: 'integer', minimum: 0 })
  attempts: number;

  @ApiProperty({ type: 'string', format: 'date-time' })
  failedAt: Timestamp;

  @ApiProperty({
    type: 'string',
    format: 'date-time',
    nullable: true,
    description: 'When it was last sent again; null if never',
  })
  retriedAt: Timestamp | null;
}

@ApiSchema({ name: 'DeadLetterRetried' })
export class DeadLetterRetriedResponse {
  @ApiProperty({ type: 'boolean', enum: [true] })
  retried: boolean;
}
