import type { ApiClient } from './api-client';
import { must } from './municipality-fixture';

/** Sends a lifecycle event with the caller's view of the current version; fails the test unless it commits. */
export async function move(client: ApiClient, id: string, type: string, payload: Record<string, unknown> = {}) {
  const current = await must(client.get(`/api/v1/proposals/${id}`));
  return must(
    client.post(`/api/v1/proposals/${id}/events`, { type, ...payload }, { 'if-match': `"${current.version}"` }),
  );
}
