import { CATEGORIES, TEMPLATES } from '@kyodo/notifications';
import { LOCALES } from '@kyodo/platform';
import { listOf, ref, type SchemaObject } from '../openapi/answers';

const category: SchemaObject = {
  type: 'string',
  enum: [...CATEGORIES],
  description: 'The kind of notice; the recipient’s e-mail preference is per category',
};

/** What the inbox, the e-mail preferences, the template preview and the dead letters answer. */
export const NOTIFICATIONS_SCHEMAS: Record<string, SchemaObject> = {
  Inbox: {
    type: 'object',
    required: ['unread', 'items'],
    properties: {
      unread: { type: 'integer', minimum: 0, description: 'All my unread notifications, not only those listed' },
      items: { ...listOf(ref('Notification')), description: 'Newest first, at most `limit` (50 by default)' },
    },
  },
  Notification: {
    type: 'object',
    description: 'An in-app notification, in the caller’s language',
    required: ['id', 'category', 'template', 'subject', 'body', 'params', 'read', 'createdAt'],
    properties: {
      id: { type: 'string', format: 'uuid' },
      category,
      template: { type: 'string', description: 'The message template, e.g. `proposal.returned`' },
      subject: { type: 'string' },
      body: { type: 'string', description: 'Plain text' },
      params: {
        type: 'object',
        additionalProperties: true,
        description: 'What the notice is about, to link to it (libs/notifications notice-rows.ts)',
        properties: {
          proposalId: { type: 'string', format: 'uuid', description: 'Absent for notices about a session only' },
          sessionId: { type: 'string', format: 'uuid', nullable: true },
        },
      },
      read: { type: 'boolean' },
      createdAt: { type: 'string', format: 'date-time' },
    },
  },
  InboxMarkedRead: {
    type: 'object',
    required: ['marked'],
    properties: { marked: { type: 'integer', minimum: 0, description: 'Notifications that were unread until now' } },
  },
  NotificationPreference: {
    type: 'object',
    required: ['category', 'mode', 'required'],
    properties: {
      category,
      mode: {
        type: 'string',
        enum: ['immediate', 'digest', 'off'],
        description: 'E-mail at once, in the daily digest, or not at all (the in-app notification always comes)',
      },
      required: {
        type: 'boolean',
        description: 'Notices the scheme requires (decision, screening, assignment): always immediate',
      },
    },
  },
  TemplatePreview: {
    type: 'object',
    description: 'A message rendered with sample data',
    required: ['template', 'locale', 'category', 'required', 'subject', 'text', 'html'],
    properties: {
      template: { type: 'string', enum: Object.keys(TEMPLATES) },
      locale: { type: 'string', enum: [...LOCALES], description: 'The `locale` asked for, else the caller’s' },
      category,
      required: { type: 'boolean', description: 'Sent whatever the recipient’s preference' },
      subject: { type: 'string' },
      text: { type: 'string', description: 'The plain-text e-mail body' },
      html: { type: 'string', description: 'The HTML e-mail, a whole document' },
    },
  },
  DeadLetter: {
    type: 'object',
    description: 'A job that failed its last attempt',
    required: ['id', 'queue', 'jobName', 'jobId', 'payload', 'error', 'attempts', 'failedAt', 'retriedAt'],
    properties: {
      id: { type: 'string', format: 'uuid' },
      queue: { type: 'string', description: 'The BullMQ queue (libs/queues job-catalogue.ts QUEUES)' },
      jobName: { type: 'string', description: 'e.g. `notify.proposal-event`, `timer.session-reminder`' },
      jobId: { type: 'string' },
      payload: {
        type: 'object',
        additionalProperties: true,
        description: 'The job’s data, as defined per job name by JobPayloads in libs/queues job-catalogue.ts',
      },
      error: { type: 'string', description: 'The last error message (its first 2,000 characters)' },
      attempts: { type: 'integer', minimum: 0 },
      failedAt: { type: 'string', format: 'date-time' },
      retriedAt: {
        type: 'string',
        format: 'date-time',
        nullable: true,
        description: 'When it was last sent again; null if never',
      },
    },
  },
  DeadLetterRetried: {
    type: 'object',
    required: ['retried'],
    properties: { retried: { type: 'boolean', enum: [true] } },
  },
};
