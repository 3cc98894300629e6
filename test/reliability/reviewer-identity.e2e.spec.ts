import {
  ApiClient,
  createMunicipality,
  must,
  type MunicipalityFixture,
  proposalsInReview,
  type RunningSystem,
  smallRubric,
  startSystem,
  TEST_DB,
} from '@kyodo/testing';

/**
 * Issue 15, item 8: who is named beside a score. The committee deliberates on
 * 委員A, 委員B … as Japanese committees publish them; only the secretariat,
 * which assigns the evaluators, sees who is behind each letter. An evaluator's
 * letter is the same on every proposal of the call.
 */

interface Sheet {
  reviewerId: string | null;
  reviewerLabel: string;
  scores: Record<string, number>;
}
interface Leniency {
  reviewerId: string | null;
  reviewerLabel: string;
}

describe(`reviewer identity beside scores on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let x: MunicipalityFixture;
  const proposals: string[] = [];

  beforeAll(async () => {
    system = await startSystem();
    x = await createMunicipality(new ApiClient(system.baseUrl));
    await must(x.secretariat.request('PUT', `/api/v1/calls/${x.callId}/rubrics/document`, smallRubric()));
    proposals.push(...(await proposalsInReview(x, ['匿名性の検証 1', '匿名性の検証 2'])));
    for (const [i, proposalId] of proposals.entries()) {
      // The other order on the second proposal: a letter belongs to the person, not to a place in a list.
      const reviewerIds = i === 0 ? [x.reviewerId, x.reviewer2Id] : [x.reviewer2Id, x.reviewerId];
      await must(x.secretariat.post(`/api/v1/proposals/${proposalId}/assignments`, { reviewerIds, stage: 'document' }));
    }
    for (const [client, points] of [
      [x.reviewer, 4],
      [x.reviewer2, 2],
    ] as const) {
      const queue = await must(client.get('/api/v1/me/assignments'));
      for (const assignment of queue.pending as Array<{ id: string }>) {
        await must(
          client.request('PUT', `/api/v1/assignments/${assignment.id}/score-sheet`, {
            scores: { public_benefit: points, feasibility: points },
            comments: { feasibility: '所見' },
          }),
        );
        await must(client.post(`/api/v1/assignments/${assignment.id}/score-sheet/submit`));
      }
    }
  });

  afterAll(async () => {
    await system?.stop();
  });

  const sheetsSeenBy = async (client: ApiClient, proposalId: string): Promise<Sheet[]> =>
    (await must(client.get(`/api/v1/proposals/${proposalId}/scores`))).sheets;

  it('shows the committee letters, never who, on each proposal and in the call’s results', async () => {
    for (const client of [x.committeeMember, x.chair]) {
      for (const proposalId of proposals) {
        const answer = await client.get(`/api/v1/proposals/${proposalId}/scores`);
        expect(answer.status).toBe(200);
        const sheets = answer.body.sheets as Sheet[];
        expect(sheets).toHaveLength(2);
        expect(sheets.map((s) => s.reviewerId)).toEqual([null, null]);
        expect(sheets.map((s) => s.reviewerLabel).sort()).toEqual(['A', 'B']);
        const raw = JSON.stringify(answer.body);
        expect(raw).not.toContain(x.reviewerId);
        expect(raw).not.toContain(x.reviewer2Id);
      }
      const results = await client.get(`/api/v1/calls/${x.callId}/results`);
      expect(results.status).toBe(200);
      const leniency = results.body.stages.document.leniency as Leniency[];
      expect(leniency.map((l) => l.reviewerId)).toEqual([null, null]);
      expect(leniency.map((l) => l.reviewerLabel).sort()).toEqual(['A', 'B']);
      const raw = JSON.stringify(results.body);
      expect(raw).not.toContain(x.reviewerId);
      expect(raw).not.toContain(x.reviewer2Id);
    }
  });

  it('shows a reviewer who has submitted the letters only', async () => {
    const sheets = await sheetsSeenBy(x.reviewer, proposals[0]!);
    expect(sheets.map((s) => s.reviewerId)).toEqual([null, null]);
    expect(sheets.map((s) => s.reviewerLabel).sort()).toEqual(['A', 'B']);
  });

  it('names each letter to the secretariat, the same letter for the same person throughout the call', async () => {
    const letterOf = new Map<string, string>();
    for (const proposalId of proposals) {
      for (const sheet of await sheetsSeenBy(x.secretariat, proposalId)) {
        expect(sheet.reviewerId).toEqual(expect.any(String));
        const known = letterOf.get(sheet.reviewerId!);
        if (known) expect(sheet.reviewerLabel).toBe(known);
        letterOf.set(sheet.reviewerId!, sheet.reviewerLabel);
      }
    }
    expect([...letterOf.values()].sort()).toEqual(['A', 'B']);
    // The committee's letter for a sheet is the secretariat's letter for the same sheet's scores.
    const committee = await sheetsSeenBy(x.committeeMember, proposals[1]!);
    const byPoints = new Map(committee.map((s) => [s.scores.public_benefit, s.reviewerLabel]));
    expect(byPoints.get(4)).toBe(letterOf.get(x.reviewerId));
    expect(byPoints.get(2)).toBe(letterOf.get(x.reviewer2Id));
    const results = await must(x.secretariat.get(`/api/v1/calls/${x.callId}/results`));
    const leniency = results.stages.document.leniency as Leniency[];
    expect(new Map(leniency.map((l) => [l.reviewerId, l.reviewerLabel]))).toEqual(letterOf);
  });
});
