import { call, type Input } from '../../api/client';
import type { Preference, ProposalContent } from './models';

/** The proposer's calls; each answers the type its operation has in the API's document. */
export const api = {
  proposals: (signal?: AbortSignal) => call('GET /api/v1/proposals', { query: { limit: 100 }, signal }),
  proposal: (id: string, signal?: AbortSignal) => call('GET /api/v1/proposals/{id}', { path: { id }, signal }),
  calls: (signal?: AbortSignal) => call('GET /api/v1/calls', { signal }),
  call: (id: string, signal?: AbortSignal) => call('GET /api/v1/calls/{id}', { path: { id }, signal }),
  activityFields: (signal?: AbortSignal) => call('GET /api/v1/activity-fields', { signal }),
  start: (callId: string, organizationId: string, title: string, idempotencyKey: string) =>
    call('POST /api/v1/calls/{id}/proposals', {
      path: { id: callId },
      body: { organizationId, title },
      idempotencyKey,
    }),
  save: (id: string, version: number, title: string | undefined, content: ProposalContent) =>
    call('PATCH /api/v1/proposals/{id}', {
      path: { id },
      body: title === undefined ? { content } : { title, content },
      ifMatch: version,
    }),
  /** 継続提案: the adopted proposal this one continues, or null for a new project. */
  setPredecessor: (id: string, version: number, predecessorId: string | null) =>
    call('PATCH /api/v1/proposals/{id}', { path: { id }, body: { predecessorId }, ifMatch: version }),
  event: (id: string, version: number, body: Input<'POST /api/v1/proposals/{id}/events'>['body']) =>
    call('POST /api/v1/proposals/{id}/events', { path: { id }, body, ifMatch: version }),
  attachments: (id: string, signal?: AbortSignal) =>
    call('GET /api/v1/proposals/{id}/attachments', { path: { id }, signal }),
  attach: (id: string, file: File) =>
    call('POST /api/v1/proposals/{id}/attachments', { path: { id }, query: { filename: file.name }, body: file }),
  detach: (id: string, attachmentId: string) =>
    call('DELETE /api/v1/proposals/{id}/attachments/{attachmentId}', { path: { id, attachmentId } }),
  rubric: (callId: string, stage: string, signal?: AbortSignal) =>
    call('GET /api/v1/calls/{id}/rubrics/{stage}', { path: { id: callId, stage }, signal }),
  inbox: (signal?: AbortSignal) => call('GET /api/v1/me/notifications', { query: { limit: 100 }, signal }),
  markRead: (id: string) => call('POST /api/v1/me/notifications/{id}/read', { path: { id } }),
  markAllRead: () => call('POST /api/v1/me/notifications/read-all'),
  preferences: (signal?: AbortSignal) => call('GET /api/v1/me/notification-preferences', { signal }),
  setPreferences: (preferences: Record<string, Preference['mode']>) =>
    call('PUT /api/v1/me/notification-preferences', { body: { preferences } }),
};
