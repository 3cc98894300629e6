import { call, type Input, type OperationKey } from '../../api/client';
import type { Attachment, Call, InboxItem, Page, Preference, Proposal, ProposalContent, Rubric } from './models';

/** One typed call: the generated client types the request, this the response. */
function typed<T, K extends OperationKey>(operation: K, input?: Input<K>): Promise<T> {
  return call(operation, input) as Promise<T>;
}

export const api = {
  proposals: (signal?: AbortSignal) =>
    typed<Page<Proposal>, 'GET /api/v1/proposals'>('GET /api/v1/proposals', { query: { limit: 100 }, signal }),
  proposal: (id: string, signal?: AbortSignal) =>
    typed<Proposal, 'GET /api/v1/proposals/{id}'>('GET /api/v1/proposals/{id}', { path: { id }, signal }),
  calls: (signal?: AbortSignal) => typed<Call[], 'GET /api/v1/calls'>('GET /api/v1/calls', { signal }),
  call: (id: string, signal?: AbortSignal) =>
    typed<Call, 'GET /api/v1/calls/{id}'>('GET /api/v1/calls/{id}', { path: { id }, signal }),
  activityFields: (signal?: AbortSignal) => call('GET /api/v1/activity-fields', { signal }),
  start: (callId: string, organizationId: string, title: string, idempotencyKey: string) =>
    typed<Proposal, 'POST /api/v1/calls/{id}/proposals'>('POST /api/v1/calls/{id}/proposals', {
      path: { id: callId },
      body: { organizationId, title },
      idempotencyKey,
    }),
  save: (id: string, version: number, title: string | undefined, content: ProposalContent) =>
    typed<Proposal, 'PATCH /api/v1/proposals/{id}'>('PATCH /api/v1/proposals/{id}', {
      path: { id },
      body: title === undefined ? { content } : { title, content },
      ifMatch: version,
    }),
  event: (id: string, version: number, body: Input<'POST /api/v1/proposals/{id}/events'>['body']) =>
    typed<Proposal, 'POST /api/v1/proposals/{id}/events'>('POST /api/v1/proposals/{id}/events', {
      path: { id },
      body,
      ifMatch: version,
    }),
  attachments: (id: string, signal?: AbortSignal) =>
    typed<Attachment[], 'GET /api/v1/proposals/{id}/attachments'>('GET /api/v1/proposals/{id}/attachments', {
      path: { id },
      signal,
    }),
  attach: (id: string, file: File) =>
    typed<Attachment, 'POST /api/v1/proposals/{id}/attachments'>('POST /api/v1/proposals/{id}/attachments', {
      path: { id },
      query: { filename: file.name },
      body: file,
    }),
  rubric: (callId: string, stage: string, signal?: AbortSignal) =>
    typed<Rubric, 'GET /api/v1/calls/{id}/rubrics/{stage}'>('GET /api/v1/calls/{id}/rubrics/{stage}', {
      path: { id: callId, stage },
      signal,
    }),
  inbox: (signal?: AbortSignal) =>
    typed<{ items: InboxItem[]; unread: number }, 'GET /api/v1/me/notifications'>('GET /api/v1/me/notifications', {
      query: { limit: 100 },
      signal,
    }),
  markRead: (id: string) =>
    typed<void, 'POST /api/v1/me/notifications/{id}/read'>('POST /api/v1/me/notifications/{id}/read', {
      path: { id },
    }),
  markAllRead: () =>
    typed<{ marked: number }, 'POST /api/v1/me/notifications/read-all'>('POST /api/v1/me/notifications/read-all'),
  preferences: (signal?: AbortSignal) =>
    typed<Preference[], 'GET /api/v1/me/notification-preferences'>('GET /api/v1/me/notification-preferences', {
      signal,
    }),
  setPreferences: (preferences: Record<string, Preference['mode']>) =>
    typed<Preference[], 'PUT /api/v1/me/notification-preferences'>('PUT /api/v1/me/notification-preferences', {
      body: { preferences },
    }),
};
