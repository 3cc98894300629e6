import {
  ApiClient,
  completeProposalContent,
  createMunicipality,
  move,
  must,
  type MunicipalityFixture,
  type RunningSystem,
  sessionBody,
  startSystem,
  TEST_DB,
  waitFor,
} from '@kyodo/testing';

/**
 * 順位合計方式 through the API, with the figures of libs/review/src/aggregation/tie-break.spec.ts: one item, weight
 * 100, scale 0–10 (a total is the mean × 10); three reviewers A, B, C on three proposals:
 *
 *        A  B  C   total   ranks within the tie   rank sum
 *   P    9  6  3    60       1  2  2                  5
 *   Q    5  7  6    60       2  1  1                  4   → first
 *   R    4  4  4    40
 *
 * The call states rank_sum, so Q ranks 1 and P 2; the published result of Q says which rule ranked it.
 */
describe(`tie-break by rank sum on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let x: MunicipalityFixture;

  beforeAll(async () => {
    system = await startSystem();
    x = await createMunicipality(new ApiClient(system.baseUrl), '佐倉市');
  }, 300_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('ranks tied totals by the call’s rule and says so in the results and the published record', async () => {
    const now = Date.now();
    const callBody = {
      fiscalYear: 2026,
      titleJa: '令和8年度 協働事業提案（順位合計方式）',
      submissionOpensAt: new Date(now - 86_400_000).toISOString(),
      submissionClosesAt: new Date(now + 30 * 86_400_000).toISOString(),
    };
    const refused = await x.secretariat.post('/api/v1/calls', {
      ...callBody,
      evaluationSettings: { tieBreak: 'lottery' },
    });
    expect([refused.status, refused.body.errors?.[0]?.field]).toEqual([400, 'evaluationSettings.tieBreak']);
    const call = await must(
      x.secretariat.post('/api/v1/calls', { ...callBody, evaluationSettings: { tieBreak: 'rank_sum' } }),
    );
    expect(call.evaluationSettings.tieBreak).toBe('rank_sum');
    await must(
      x.secretariat.request('PUT', `/api/v1/calls/${call.id}/rubrics/document`, {
        definition: {
          titleJa: '書類審査 評価シート',
          criteria: [{ key: 'merit', labelJa: '総合評価', weight: 100, scale: { min: 0, max: 10, step: 1 } }],
        },
      }),
    );

    const scorers = [x.reviewer, x.reviewer2, x.reviewer3];
    const scorerIds = [x.reviewerId, x.reviewer2Id, x.reviewer3Id];
    const figures: Record<string, number[]> = { P: [9, 6, 3], Q: [5, 7, 6], R: [4, 4, 4] };
    const ids: Record<string, string> = {};
    for (const [name, scores] of Object.entries(figures)) {
      const draft = await must(
        x.proposerA.post(`/api/v1/calls/${call.id}/proposals`, {
          organizationId: x.groupAId,
          title: `同点の確認 ${name}`,
          content: completeProposalContent(),
        }),
      );
      ids[name] = draft.id;
      await move(x.proposerA, draft.id, 'SUBMIT');
      await move(x.secretariat, draft.id, 'ACCEPT');
      const assigned = await must(
        x.secretariat.post(`/api/v1/proposals/${draft.id}/assignments`, { reviewerIds: scorerIds, stage: 'document' }),
      );
      for (const [i, client] of scorers.entries()) {
        const mine = assigned.find((a: { reviewerId: string }) => a.reviewerId === scorerIds[i]);
        await must(
          client.request('PUT', `/api/v1/assignments/${mine.id}/score-sheet`, { scores: { merit: scores[i] } }),
        );
        await must(client.post(`/api/v1/assignments/${mine.id}/score-sheet/submit`));
      }
    }

    const results = await must(x.secretariat.get(`/api/v1/calls/${call.id}/results`));
    expect(results.settings.tieBreak).toBe('rank_sum');
    const name = (id: string) => Object.keys(ids).find((k) => ids[k] === id);
    expect(
      results.stages.document.results.map(
        (r: { proposalId: string; total: number; rank: number; tieBreak: unknown }) => [
          name(r.proposalId),
          r.total,
          r.rank,
          r.tieBreak,
        ],
      ),
    ).toEqual([
      ['Q', 60, 1, { rule: 'rank_sum', resolved: true }],
      ['P', 60, 2, { rule: 'rank_sum', resolved: true }],
      ['R', 40, 3, null],
    ]);

    // Q decided and published: its public record names the rule that ranked the tie.
    const q = ids.Q!;
    await move(x.secretariat, q, 'REVIEW_COMPLETE');
    const session = await must(
      x.secretariat.post(
        `/api/v1/calls/${call.id}/sessions`,
        sessionBody(x.committeeId, [q], '2026-08-20T13:30:00+09:00', '市役所 第2会議室'),
      ),
    );
    await must(
      x.secretariat.request('PUT', `/api/v1/sessions/${session.id}/attendance`, {
        present: [x.chairId, x.committeeMemberId],
      }),
    );
    await move(x.chair, q, 'FINALIZE', { decision: 'adopted', reason: '同点のうち順位合計で上位となった。' });
    await move(x.secretariat, q, 'PUBLISH');
    let record: { decision: { scores: { document: { rank: number; tied: boolean; tieBreak: unknown } } } | null } = {
      decision: null,
    };
    await waitFor(async () => {
      const read = await x.secretariat.get(`/api/v1/public/proposals/${q}`);
      record = read.body;
      return read.status === 200 && record.decision !== null;
    }, 30_000);
    expect(record.decision!.scores.document).toMatchObject({
      rank: 1,
      tied: true,
      tieBreak: { rule: 'rank_sum', resolved: true },
    });
  });
});
