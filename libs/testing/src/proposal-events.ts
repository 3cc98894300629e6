import type { ApiClient } from './api-client';
import { must, type MunicipalityFixture } from './municipality-fixture';
import { completeProposalContent } from './proposal-content.fixture';

/** Sends a lifecycle event with the caller's view of the current version; fails the test unless it commits. */
export async function move(client: ApiClient, id: string, type: string, payload: Record<string, unknown> = {}) {
  const current = await must(client.get(`/api/v1/proposals/${id}`));
  return must(
    client.post(`/api/v1/proposals/${id}/events`, { type, ...payload }, { 'if-match': `"${current.version}"` }),
  );
}

/**
 * Group A's complete proposals, one per title, submitted and accepted into
 * review by the secretariat; `partners(i)` names the i-th one's partner
 * departments (a partner's staff are conflicted as its reviewers).
 */
export async function proposalsInReview(
  x: MunicipalityFixture,
  titles: string[],
  partners: (index: number) => string[] = () => [],
): Promise<string[]> {
  const ids: string[] = [];
  for (const [index, title] of titles.entries()) {
    const draft = await must(
      x.proposerA.post(`/api/v1/calls/${x.callId}/proposals`, {
        organizationId: x.groupAId,
        title,
        partnerDepartmentIds: partners(index),
        content: completeProposalContent(),
      }),
    );
    await move(x.proposerA, draft.id, 'SUBMIT');
    await move(x.secretariat, draft.id, 'ACCEPT');
    ids.push(draft.id);
  }
  return ids;
}
