import { Pool } from 'pg';
import { TEST_SETTINGS } from '@kyodo/config';
import {
  ApiClient,
  completeProposalContent,
  createMunicipality,
  move,
  must,
  type MunicipalityFixture,
  type RunningSystem,
  sessionBody,
  smallRubric,
  startSystem,
  TEST_DB,
  waitFor,
} from '@kyodo/testing';

const REPETITIONS = TEST_SETTINGS.concurrencyRepetitions;
const AT_ONCE = 10;

/**
 * Many clients on the same thing at the same moment, over and over: a
 * proposal edited and moved, a score sheet saved and submitted, a session's
 * consensus recorded, a publication corrected. No update is lost, no side
 * effect happens twice, and every loser hears 409.
 */
describe(`concurrency on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let x: MunicipalityFixture;
  let db: Pool;
  const figures: Record<string, number> = {};
  const count = async (sql: string, params: unknown[]) => (await db.query(sql, params)).rows[0].n as number;
  const draft = async (title = '同時操作') =>
    must(
      x.proposerA.post(`/api/v1/calls/${x.callId}/proposals`, {
        organizationId: x.groupAId,
        title,
        content: completeProposalContent(),
      }),
    );

  beforeAll(async () => {
    system = await startSystem({ LOG_LEVEL: 'error' });
    x = await createMunicipality(new ApiClient(system.baseUrl), '平塚市');
    db = new Pool({ connectionString: system.databaseUrl, max: 2 });
    await must(x.secretariat.request('PUT', `/api/v1/calls/${x.callId}/rubrics/document`, smallRubric()));
  });

  afterAll(async () => {
    process.stdout.write(`RELIABILITY concurrency ${TEST_DB}: ${JSON.stringify(figures)}\n`);
    await db?.end();
    await system?.stop();
  });

  it('lets one of many edits of a proposal win and tells the others 409', async () => {
    for (let rep = 0; rep < REPETITIONS; rep++) {
      const created = await draft();
      const answers = await Promise.all(
        Array.from({ length: AT_ONCE }, (_, i) =>
          x.proposerA.patch(
            `/api/v1/proposals/${created.id}`,
            { title: `編集 ${i}` },
            { 'if-match': `"${created.version}"` },
          ),
        ),
      );
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses).toEqual([200, ...Array(AT_ONCE - 1).fill(409)]);
      const winner = answers.find((a) => a.status === 200)!.body;
      const now = await must(x.proposerA.get(`/api/v1/proposals/${created.id}`));
      expect({ title: now.title, version: now.version }).toEqual({ title: winner.title, version: created.version + 1 });
      figures.proposalEdits = (figures.proposalEdits ?? 0) + AT_ONCE;
    }
  });

  it('submits a proposal once however many submit it at once: one receipt number, one audit entry, one notice', async () => {
    for (let rep = 0; rep < REPETITIONS; rep++) {
      const created = await draft();
      const answers = await Promise.all(
        Array.from({ length: AT_ONCE }, () =>
          x.proposerA.post(
            `/api/v1/proposals/${created.id}/events`,
            { type: 'SUBMIT' },
            { 'if-match': `"${created.version}"` },
          ),
        ),
      );
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses).toEqual([201, ...Array(AT_ONCE - 1).fill(409)]);
      expect(
        await count(`SELECT count(*)::int AS n FROM audit_events WHERE stream = $1 AND action LIKE '%SUBMIT%'`, [
          `proposal:${created.id}`,
        ]),
      ).toBe(1);
      // The receipt to the owners and the notice to the secretariat: once each.
      expect(
        await count(
          `SELECT count(*)::int AS n FROM outbox WHERE payload->>'proposalId' = $1 AND payload->>'template' IN ('proposal.submitted', 'proposal.received')`,
          [created.id],
        ),
      ).toBe(2);
      figures.submissions = (figures.submissions ?? 0) + AT_ONCE;
    }
  });

  it('saves and submits a score sheet at once without losing a score or submitting twice', async () => {
    for (let rep = 0; rep < REPETITIONS; rep++) {
      const created = await draft('採点の同時操作');
      await move(x.proposerA, created.id, 'SUBMIT');
      await move(x.secretariat, created.id, 'ACCEPT');
      const [assignment] = await must(
        x.secretariat.post(`/api/v1/proposals/${created.id}/assignments`, {
          reviewerIds: [x.reviewerId],
          stage: 'document',
        }),
      );
      const sheet = `/api/v1/assignments/${assignment.id}/score-sheet`;
      await must(
        x.reviewer.request('PUT', sheet, {
          scores: { public_benefit: 1, feasibility: 1 },
          comments: { feasibility: '初回' },
        }),
      );
      const answers = await Promise.all(
        Array.from({ length: AT_ONCE }, (_, i) =>
          i % 2 === 0
            ? x.reviewer.request('PUT', sheet, { scores: { public_benefit: (i % 5) + 1 } })
            : x.reviewer.post(`${sheet}/submit`),
        ),
      );
      const submits = answers.filter((_, i) => i % 2 === 1).map((a) => a.status);
      const saves = answers.filter((_, i) => i % 2 === 0).map((a) => a.status);
      expect(submits.filter((s) => s === 200)).toHaveLength(1);
      expect(submits.every((s) => s === 200 || s === 409)).toBe(true);
      expect(saves.every((s) => s === 200 || s === 409)).toBe(true);
      const audited = (
        await db.query(
          `SELECT after->'scores' AS scores FROM audit_events WHERE stream = $1 AND action = 'review.sheet_submitted'`,
          [`proposal:${created.id}`],
        )
      ).rows;
      expect(audited).toHaveLength(1);
      const [stored] = (await db.query(`SELECT scores FROM score_sheets WHERE assignment_id = $1`, [assignment.id]))
        .rows;
      // What was submitted is what is stored: no save slipped in after the submission.
      expect(stored.scores).toEqual(audited[0].scores);
      figures.sheetOperations = (figures.sheetOperations ?? 0) + AT_ONCE;
    }
  });

  it('lets one of many concurrent corrections of a consensus win and tells the others 409', async () => {
    const created = await draft('合意の同時入力');
    await move(x.proposerA, created.id, 'SUBMIT');
    await move(x.secretariat, created.id, 'ACCEPT');
    const session = await must(
      x.secretariat.post(
        `/api/v1/calls/${x.callId}/sessions`,
        sessionBody(x.committeeId, [created.id], '2026-08-20T13:30:00+09:00', '市役所 大会議室'),
      ),
    );
    const path = `/api/v1/sessions/${session.id}/consensus/${created.id}`;
    for (let rep = 0; rep < REPETITIONS; rep++) {
      const answers = await Promise.all(
        Array.from({ length: AT_ONCE }, (_, i) =>
          (i % 2 ? x.chair : x.committeeMember).request(
            'PUT',
            path,
            {
              scores: { public_benefit: i % 6, feasibility: 5 - (i % 6) },
              reasons: { public_benefit: `理由 ${rep}-${i}`, feasibility: `理由 ${rep}-${i}` },
            },
            { 'if-match': `"${rep}"` },
          ),
        ),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([200, ...Array(AT_ONCE - 1).fill(409)]);
      const winner = answers.findIndex((a) => a.status === 200);
      const now = (await must(x.chair.get(`/api/v1/sessions/${session.id}`))).consensus[0];
      expect(now).toMatchObject({ version: rep + 1, reasons: { public_benefit: `理由 ${rep}-${winner}` } });
      figures.consensusCorrections = (figures.consensusCorrections ?? 0) + AT_ONCE;
    }
    expect(
      await count(
        `SELECT count(*)::int AS n FROM audit_events WHERE stream = $1 AND action = 'session.consensus_recorded'`,
        [`proposal:${created.id}`],
      ),
    ).toBe(REPETITIONS);
  });

  it('numbers concurrent corrections of a publication without a gap or a duplicate', async () => {
    const created = await draft('公開の同時訂正');
    const id = created.id;
    await move(x.proposerA, id, 'SUBMIT');
    await move(x.secretariat, id, 'ACCEPT');
    const [assignment] = await must(
      x.secretariat.post(`/api/v1/proposals/${id}/assignments`, { reviewerIds: [x.reviewer2Id], stage: 'document' }),
    );
    await must(
      x.reviewer2.request('PUT', `/api/v1/assignments/${assignment.id}/score-sheet`, {
        scores: { public_benefit: 4, feasibility: 3 },
        comments: { feasibility: '体制は十分' },
      }),
    );
    await must(x.reviewer2.post(`/api/v1/assignments/${assignment.id}/score-sheet/submit`));
    await move(x.secretariat, id, 'REVIEW_COMPLETE');
    const session = await must(
      x.secretariat.post(
        `/api/v1/calls/${x.callId}/sessions`,
        sessionBody(x.committeeId, [id], '2026-08-21T13:30:00+09:00', '市役所 第3会議室'),
      ),
    );
    await must(
      x.secretariat.request('PUT', `/api/v1/sessions/${session.id}/attendance`, {
        present: [x.chairId, x.committeeMemberId],
      }),
    );
    await move(x.chair, id, 'FINALIZE', { decision: 'adopted', reason: '地域課題に即している。' });
    await move(x.secretariat, id, 'PUBLISH');
    await waitFor(async () => (await fetch(`${system.baseUrl}/api/v1/public/proposals/${id}`)).status === 200, 30_000);
    const rounds = Math.max(1, Math.floor(REPETITIONS / 10));
    for (let rep = 0; rep < rounds; rep++) {
      const answers = await Promise.all(
        Array.from({ length: AT_ONCE }, (_, i) =>
          x.secretariat.post(`/api/v1/proposals/${id}/publications/decision/corrections`, {
            reason: `訂正 ${rep}-${i}`,
          }),
        ),
      );
      expect(answers.every((a) => a.status === 201 || a.status === 200)).toBe(true);
    }
    const versions = (
      await db.query(`SELECT version FROM publications WHERE proposal_id = $1 AND kind = 'decision' ORDER BY version`, [
        id,
      ])
    ).rows.map((r) => r.version as number);
    expect(versions).toEqual(Array.from({ length: rounds * AT_ONCE + 1 }, (_, i) => i + 1));
    figures.corrections = rounds * AT_ONCE;
  });
});
