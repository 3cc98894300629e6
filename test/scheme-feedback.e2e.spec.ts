import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import {
  ApiClient,
  completeProposalContent,
  createMunicipality,
  move,
  must,
  type MunicipalityFixture,
  type RunningSystem,
  smallRubric,
  startSystem,
  TEST_DB,
} from '@kyodo/testing';
import { adoptedProposal } from './support/adopted-projects';

const APPLICATION = ['guidelines_clarity', 'procedure_clarity', 'secretariat_support'];
const ratings = (values: number[], keys = APPLICATION) => keys.map((question, i) => ({ question, value: values[i] }));

/**
 * 制度の振り返りアンケート (issue 21, item 5): those who took part in a proposal are asked after each stage it reaches;
 * the answer cannot be traced to an account — it is stored with the municipality, fiscal year and stage only, apart
 * from the receipt that stops a second answer — and the secretariat's yearly summary hides a stage with fewer than
 * three answers, its free text included.
 */
describe(`scheme feedback on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let api: ApiClient;
  let x: MunicipalityFixture;
  let db: Pool;
  let proposalId: string;
  let proposerAId: string;
  let member: { id: string; email: string; client: ApiClient };

  beforeAll(async () => {
    system = await startSystem();
    api = new ApiClient(system.baseUrl);
    const url = system.databaseUrl ?? readFileSync(join(system.dataDir, 'pglite.url'), 'utf8');
    db = new Pool({ connectionString: url, max: 1 });
    x = await createMunicipality(api, '旭川市');
    member = await x.addUser('group-a-member', x.groupAId, 'proposer');
    proposerAId = (await must(x.proposerA.get('/api/v1/me'))).userId;
    const draft = await must(
      x.proposerA.post(`/api/v1/calls/${x.callId}/proposals`, {
        organizationId: x.groupAId,
        title: '子ども食堂のネットワークづくり',
        partnerDepartmentIds: [x.departmentId],
        content: completeProposalContent(),
      }),
    );
    proposalId = draft.id;
  });

  afterAll(async () => {
    await db?.end();
    await system?.stop();
  });

  it('asks nobody about a draft, then the group and the partner department about applying once it is submitted', async () => {
    expect(await must(x.proposerA.get('/api/v1/me/feedback'))).toEqual([]);
    const early = await x.proposerA.post('/api/v1/me/feedback', {
      proposalId,
      stage: 'application',
      ratings: ratings([4, 4, 4]),
    });
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ code: 'feedback_not_invited' });

    await move(x.proposerA, proposalId, 'SUBMIT');
    for (const client of [x.proposerA, member.client, x.departmentStaff]) {
      const invitations = await must(client.get('/api/v1/me/feedback'));
      expect(invitations.map((i: { proposalId: string; stage: string }) => [i.proposalId, i.stage])).toEqual([
        [proposalId, 'application'],
      ]);
      expect(invitations[0]).toMatchObject({ fiscalYear: 2026, questionnaire: { title: { ja: '応募' } } });
    }
    // Another group has no part in it; the review stage is not reached yet.
    expect(await must(x.proposerB.get('/api/v1/me/feedback'))).toEqual([]);
    const outsider = await x.proposerB.post('/api/v1/me/feedback', {
      proposalId,
      stage: 'application',
      ratings: ratings([1, 1, 1]),
    });
    expect(outsider.status).toBe(422);
    const notYet = await x.proposerA.post('/api/v1/me/feedback', {
      proposalId,
      stage: 'review',
      ratings: ratings([5, 5, 5], ['review_fairness', 'result_explanation', 'schedule']),
    });
    expect(notYet.body).toMatchObject({ code: 'feedback_not_invited' });
  });

  it('takes every question once, and one answer per person and stage', async () => {
    const missing = await x.proposerA.post('/api/v1/me/feedback', {
      proposalId,
      stage: 'application',
      ratings: ratings([4, 4]).slice(0, 2),
    });
    expect(missing.status).toBe(422);
    expect(missing.body).toMatchObject({ code: 'feedback_questions_mismatch' });
    const outOfScale = await x.proposerA.post('/api/v1/me/feedback', {
      proposalId,
      stage: 'application',
      ratings: ratings([6, 4, 4]),
    });
    expect(outOfScale.status).toBe(400);

    const first = await must(
      x.proposerA.post('/api/v1/me/feedback', {
        proposalId,
        stage: 'application',
        ratings: ratings([4, 3, 5]),
        comment: '様式の記入例があると助かります。',
      }),
    );
    expect(first).toEqual({ fiscalYear: 2026, stage: 'application' });
    const again = await x.proposerA.post('/api/v1/me/feedback', {
      proposalId,
      stage: 'application',
      ratings: ratings([1, 1, 1]),
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'feedback_already_answered' });
    expect(await must(x.proposerA.get('/api/v1/me/feedback'))).toEqual([]);
    // The group's other member is still asked: the receipt is the person's, not the group's.
    expect(await must(member.client.get('/api/v1/me/feedback'))).toHaveLength(1);
  });

  it('hides a stage with fewer than three answers from the secretariat, then shows it without a trace of who', async () => {
    const hidden = await must(x.secretariat.get('/api/v1/feedback/summary?fiscalYear=2026'));
    const applying = () => hidden.stages.find((s: { stage: string }) => s.stage === 'application');
    expect(hidden.minimumAnswers).toBe(3);
    expect(applying()).toMatchObject({ hidden: true, answers: null, comments: [] });
    expect(
      applying().questions.every((q: { mean: null; counts: [] }) => q.mean === null && q.counts.length === 0),
    ).toBe(true);
    expect(JSON.stringify(hidden)).not.toContain('記入例');

    await must(
      member.client.post('/api/v1/me/feedback', { proposalId, stage: 'application', ratings: ratings([2, 3, 5]) }),
    );
    const stillHidden = await must(x.secretariat.get('/api/v1/feedback/summary?fiscalYear=2026'));
    expect(stillHidden.stages[0]).toMatchObject({ stage: 'application', hidden: true, answers: null });

    await must(
      x.departmentStaff.post('/api/v1/me/feedback', {
        proposalId,
        stage: 'application',
        ratings: ratings([3, 3, 5]),
        comment: '事前相談の日程調整が大変でした。',
      }),
    );
    const shown = await must(x.secretariat.get('/api/v1/feedback/summary?fiscalYear=2026'));
    expect(shown.fiscalYears).toEqual([2026]);
    expect(shown.stages[0]).toMatchObject({ stage: 'application', hidden: false, answers: 3 });
    expect(shown.stages[0].questions).toEqual([
      expect.objectContaining({ key: 'guidelines_clarity', mean: 3, counts: [0, 1, 1, 1, 0] }),
      expect.objectContaining({ key: 'procedure_clarity', mean: 3, counts: [0, 0, 3, 0, 0] }),
      expect.objectContaining({ key: 'secretariat_support', mean: 5, counts: [0, 0, 0, 0, 3] }),
    ]);
    // The free texts in an order that is not the order they came in (sorted), with nothing beside them.
    expect(shown.stages[0].comments).toEqual(
      ['事前相談の日程調整が大変でした。', '様式の記入例があると助かります。'].sort(),
    );
    expect(shown.stages.filter((s: { hidden: boolean }) => s.hidden).map((s: { stage: string }) => s.stage)).toEqual([
      'review',
      'agreement',
      'end_of_term',
    ]);
    const identities = [proposerAId, member.id, x.departmentStaffId, proposalId, x.groupAId, x.departmentId];
    for (const id of identities) expect(JSON.stringify(shown)).not.toContain(id);

    // Only the secretariat and administrators read it; another municipality reads its own (empty) year.
    expect((await x.proposerA.get('/api/v1/feedback/summary?fiscalYear=2026')).status).toBe(403);
    expect((await x.departmentStaff.get('/api/v1/feedback/summary?fiscalYear=2026')).status).toBe(403);
    expect((await must(x.admin.get('/api/v1/feedback/summary?fiscalYear=2026'))).stages[0].answers).toBe(3);
    const other = await createMunicipality(api, '帯広市');
    expect((await must(other.secretariat.get('/api/v1/feedback/summary?fiscalYear=2026'))).stages[0]).toMatchObject({
      hidden: true,
      answers: null,
    });
  });

  it('stores answers with no account, proposal, organisation or time, and receipts with nothing of the answer', async () => {
    const columns = async (table: string) =>
      (
        await db.query(
          `SELECT column_name, data_type FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name = $1 ORDER BY column_name`,
          [table],
        )
      ).rows as Array<{ column_name: string; data_type: string }>;
    const answerColumns = await columns('feedback_answers');
    expect(answerColumns.map((c) => c.column_name)).toEqual([
      'comment',
      'fiscal_year',
      'id',
      'municipality_id',
      'ratings',
      'stage',
    ]);
    const receiptColumns = await columns('feedback_receipts');
    expect(receiptColumns.map((c) => c.column_name)).toEqual(['proposal_id', 'stage', 'user_id']);
    for (const column of [...answerColumns, ...receiptColumns])
      expect(column.data_type).not.toMatch(/time|date|interval|serial/);
    // Neither table points at the other: the answers' only reference is the municipality.
    const references = await db.query(
      `SELECT tc.table_name, ccu.table_name AS referenced
         FROM information_schema.table_constraints tc
         JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name
        WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_name IN ('feedback_answers', 'feedback_receipts')
        ORDER BY 1, 2`,
    );
    expect(references.rows).toEqual([
      { table_name: 'feedback_answers', referenced: 'municipalities' },
      { table_name: 'feedback_receipts', referenced: 'proposals' },
      { table_name: 'feedback_receipts', referenced: 'users' },
    ]);

    const stored = await db.query(
      `SELECT row_to_json(a)::text AS row FROM feedback_answers a WHERE municipality_id = $1`,
      [x.municipalityId],
    );
    expect(stored.rows).toHaveLength(3);
    const identities = [proposerAId, member.id, x.departmentStaffId, proposalId, x.groupAId, x.departmentId, x.callId];
    for (const { row } of stored.rows as Array<{ row: string }>) {
      for (const id of identities) expect(row).not.toContain(id);
      expect(row).not.toContain(member.email);
      expect(JSON.parse(row)).toMatchObject({
        municipality_id: x.municipalityId,
        fiscal_year: 2026,
        stage: 'application',
      });
    }
    const receipts = await db.query(
      `SELECT user_id, proposal_id, stage FROM feedback_receipts WHERE proposal_id = $1`,
      [proposalId],
    );
    expect(receipts.rows.map((r: { user_id: string }) => r.user_id).sort()).toEqual(
      [proposerAId, member.id, x.departmentStaffId].sort(),
    );
  });

  it('asks about the review once the result is published, and not before', async () => {
    await must(x.secretariat.request('PUT', `/api/v1/calls/${x.callId}/rubrics/document`, smallRubric()));
    const adopted = await adoptedProposal(x, x.callId, '高齢者の見守りと居場所づくり');
    const stages = (await must(x.proposerA.get('/api/v1/me/feedback')))
      .filter((i: { proposalId: string }) => i.proposalId === adopted)
      .map((i: { stage: string }) => i.stage);
    expect(stages).toEqual(['application', 'review']);
  });
});
