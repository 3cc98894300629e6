import {
  ApiClient,
  completeProposalContent,
  createMunicipality,
  must,
  type MunicipalityFixture,
  type RunningSystem,
  smallRubric,
  startSystem,
  TEST_DB,
  waitFor,
  move,
  pdfText,
} from '@kyodo/testing';
import { warekiDate } from '@kyodo/platform';
import { unzipSync, zipSync } from 'fflate';

/**
 * The scenario of the evaluation engine: one call, eight proposals of both
 * origins, five reviewers (one conflict declared), two stages combined
 * 50/50, a joint session, decisions of every kind, and the end-of-term
 * evaluation of one adopted project.
 */
describe(`evaluation scenario on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let x: MunicipalityFixture;
  let callId: string;
  const ids: string[] = [];

  beforeAll(async () => {
    system = await startSystem();
    x = await createMunicipality(new ApiClient(system.baseUrl), '相模市');
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('runs selection in two stages, decides every kind, and evaluates a project at term end', async () => {
    const now = Date.now();
    callId = (
      await must(
        x.secretariat.post('/api/v1/calls', {
          fiscalYear: 2026,
          titleJa: '令和8年度 協働事業提案（二段階審査）',
          titleEn: 'FY2026 two-stage selection',
          submissionOpensAt: new Date(now - 86_400_000).toISOString(),
          submissionClosesAt: new Date(now + 30 * 86_400_000).toISOString(),
          holdDecisionNotices: true,
          evaluationSettings: {
            conflictRule: 'substitute_mean',
            thresholdPercent: 60,
            stageCombination: { kind: 'weighted', weights: { document: 50, presentation: 50 } },
            projectWeights: { group: 20, department: 20, committee: 60 },
          },
        }),
      )
    ).id;
    const templates = await must(x.secretariat.get('/api/v1/rubric-templates'));
    await must(
      x.secretariat.request('PUT', `/api/v1/calls/${callId}/rubrics/document`, templates['selection-weighted-30']),
    );
    await must(x.secretariat.request('PUT', `/api/v1/calls/${callId}/rubrics/presentation`, smallRubric()));
    await must(x.secretariat.request('PUT', `/api/v1/calls/${callId}/rubrics/project_end`, templates['project-end']));

    const authors: Array<[ApiClient, string]> = [
      [x.proposerA, x.groupAId],
      [x.proposerA, x.groupAId],
      [x.proposerA, x.groupAId],
      [x.proposerB, x.groupBId],
      [x.proposerB, x.groupBId],
      [x.proposerB, x.groupBId],
      [x.departmentStaff, x.departmentId],
      [x.departmentStaff, x.departmentId],
    ];
    for (const [i, [client, organizationId]] of authors.entries()) {
      const draft = await must(
        client.post(`/api/v1/calls/${callId}/proposals`, {
          organizationId,
          title: `提案${i + 1}`,
          // the first works with こども家庭課, whose staff will evaluate it from the department's side at term end
          partnerDepartmentIds: i === 0 ? [x.departmentId] : [],
          content: completeProposalContent(),
        }),
      );
      await move(client, draft.id, 'SUBMIT');
      await move(x.secretariat, draft.id, 'ACCEPT');
      ids.push(draft.id);
    }
    const origins = await Promise.all(
      ids.map(async (id) => (await must(x.secretariat.get(`/api/v1/proposals/${id}`))).origin),
    );
    expect(origins.filter((o) => o === 'department')).toHaveLength(2);

    // Stage 1: five reviewers, three per proposal, even load; the department's own staff never get its proposals.
    const pool = [x.reviewerId, x.reviewer2Id, x.reviewer3Id, x.reviewer4Id, x.departmentStaffId];
    const assignments = await must(
      x.secretariat.post(`/api/v1/calls/${callId}/assignments/auto`, {
        perProposal: 3,
        stage: 'document',
        reviewerIds: pool,
      }),
    );
    expect(assignments).toHaveLength(24);
    expect(
      assignments.filter(
        (a: { reviewerId: string; proposalId: string }) =>
          a.reviewerId === x.departmentStaffId && ids.slice(6).includes(a.proposalId),
      ),
    ).toEqual([]);
    const clients = new Map<string, ApiClient>([
      [x.reviewerId, x.reviewer],
      [x.reviewer2Id, x.reviewer2],
      [x.reviewer3Id, x.reviewer3],
      [x.reviewer4Id, x.reviewer4],
      [x.departmentStaffId, x.departmentStaff],
    ]);
    // One declared conflict: the first reviewer of proposal 1 steps aside.
    const first = assignments.find((a: { proposalId: string }) => a.proposalId === ids[0]);
    await must(
      clients
        .get(first.reviewerId)!
        .post(`/api/v1/assignments/${first.id}/conflict`, { reason: '提案団体の役員と親族関係にあるため' }),
    );
    // Proposal i gets level (i mod 6): scores spread the field so decisions differ.
    const level = (proposalId: string) => [5, 4, 4, 3, 2, 1, 3, 2][ids.indexOf(proposalId)]!;
    for (const a of assignments) {
      if (a.id === first.id) continue;
      const client = clients.get(a.reviewerId)!;
      const scores = Object.fromEntries(
        templates['selection-weighted-30'].criteria.map((c: { key: string }) => [c.key, level(a.proposalId)]),
      );
      await must(client.request('PUT', `/api/v1/assignments/${a.id}/score-sheet`, { scores }));
      await must(client.post(`/api/v1/assignments/${a.id}/score-sheet/submit`));
    }
    for (const id of ids) await move(x.secretariat, id, 'REVIEW_COMPLETE');

    // Stage 2: the committee scores the presentations.
    for (const id of ids) {
      const [chairSheet, memberSheet] = await must(
        x.secretariat.post(`/api/v1/proposals/${id}/assignments`, {
          reviewerIds: [x.chairId, x.committeeMemberId],
          stage: 'presentation',
        }),
      );
      for (const [sheet, client] of [
        [chairSheet, x.chair],
        [memberSheet, x.committeeMember],
      ] as const) {
        const v = level(id);
        await must(
          client.request('PUT', `/api/v1/assignments/${sheet.id}/score-sheet`, {
            scores: { public_benefit: v, feasibility: v },
            comments: { feasibility: '発表は明快' },
          }),
        );
        await must(client.post(`/api/v1/assignments/${sheet.id}/score-sheet/submit`));
      }
    }
    const results = await must(x.secretariat.get(`/api/v1/calls/${callId}/results`));
    const doc = results.stages.document.results;
    const p1 = doc.find((r: { proposalId: string }) => r.proposalId === ids[0]);
    expect(p1).toMatchObject({ total: 100, conflictRule: 'substitute_mean', substituted: 1 });
    // Levels 4 and 4 tie (proposals 2 and 3): reported as a tie, same rank.
    const p2 = doc.find((r: { proposalId: string }) => r.proposalId === ids[1]);
    expect(p2.tiedWith).toContain(ids[2]);
    // 50/50: level 3 is 60.00 in both stages → exactly at the line → adopted.
    const combined = new Map(
      results.combined.map((r: { proposalId: string; combined: number; adopted: boolean }) => [r.proposalId, r]),
    );
    expect(combined.get(ids[3])).toMatchObject({ combined: 60, adopted: true });
    expect(combined.get(ids[5])).toMatchObject({ combined: 20, adopted: false });

    const session = await must(
      x.secretariat.post(`/api/v1/calls/${callId}/sessions`, {
        committeeId: x.committeeId,
        stage: 'presentation',
        startsAt: '2026-08-20T13:30:00+09:00',
        place: '市役所 大会議室',
        quorum: 2,
        slotMinutes: { presentation: 7, questions: 8 },
        proposalIds: ids,
        guests: [
          { kind: 'presenter', proposalId: ids[0], name: 'NPO法人 代表理事 佐藤' },
          { kind: 'department', proposalId: ids[0], name: 'こども家庭課 課長 田中', organizationId: x.departmentId },
        ],
      }),
    );
    expect(session.agenda).toHaveLength(8);
    expect(session.agenda.find((a: { proposalId: string }) => a.proposalId === ids[0]).guests).toHaveLength(2);
    expect(session.agenda[1].startsAt).toBe('2026-08-20T04:45:00.000Z');
    await must(
      x.secretariat.request('PUT', `/api/v1/sessions/${session.id}/attendance`, {
        present: [x.chairId, x.committeeMemberId],
      }),
    );
    await must(
      x.chair.request('PUT', `/api/v1/sessions/${session.id}/consensus/${ids[0]}`, {
        scores: { public_benefit: 5, feasibility: 4 },
        reasons: { public_benefit: '地域全体への波及効果が大きい', feasibility: '体制に一部不安が残る' },
      }),
    );
    const scores = await must(x.chair.get(`/api/v1/proposals/${ids[0]}/scores`));
    expect(scores.consensus[0].criteria).toContainEqual({
      key: 'feasibility',
      consensus: 4,
      reason: '体制に一部不安が残る',
      individualMean: 5,
      difference: -1,
    });
    await must(
      x.secretariat.post(`/api/v1/sessions/${session.id}/minutes`, { text: '令和8年度第1回 合同評価会議 議事録……' }),
    );

    const decisions = [
      'adopted',
      'adopted',
      'adoptedWithConditions',
      'adoptedWithConditions',
      'notAdopted',
      'notAdopted',
      'adopted',
      'notAdopted',
    ];
    for (const [i, id] of ids.entries()) {
      const decided = await move(x.chair, id, 'FINALIZE', {
        decision: decisions[i],
        reason: '合同評価会議での審議を踏まえた講評',
        ...(decisions[i] === 'adoptedWithConditions' ? { conditions: ['四半期ごとに進捗を報告すること'] } : {}),
      });
      expect(decided.state).toBe(`decided.${decisions[i]}`);
      await move(x.secretariat, id, 'PUBLISH');
    }

    // 一斉通知: the decision notices wait for the announcement while other notices flow.
    const templates_ = async () =>
      (await must(x.proposerB.get('/api/v1/me/notifications?limit=100'))).items.map(
        (n: { template: string }) => n.template,
      );
    await waitFor(async () => (await templates_()).includes('proposal.published'), 20_000);
    expect(await templates_()).not.toContain('proposal.decided');
    // Released at one scheduled moment, written in Japan time: answered as one instant, and nothing goes before it.
    const moment = new Date(Date.now() + 8_000);
    const japanTime = new Date(moment.getTime() + 9 * 3600_000).toISOString().replace('Z', '+09:00');
    const announced = await must(x.secretariat.post(`/api/v1/calls/${callId}/announcement`, { releaseAt: japanTime }));
    expect(announced).toEqual({ held: 8, releaseAt: moment.toISOString() });
    expect(await templates_()).not.toContain('proposal.decided');
    await waitFor(
      async () => (await templates_()).filter((t: string) => t === 'proposal.decided').length === 3,
      40_000,
    );
    expect(Date.now()).toBeGreaterThanOrEqual(moment.getTime());

    // End of term for the first adopted project.
    const project = ids[0]!;
    await move(x.secretariat, project, 'CONCLUDE_AGREEMENT', {
      termStart: '2027-04-01',
      termEnd: '2028-03-31',
      roleSharing: '団体：運営／市：会場',
      informationSharing: '月例会',
    });
    await move(x.secretariat, project, 'START');
    await move(x.secretariat, project, 'END');
    const items = templates['project-end'].criteria.map((c: { key: string }) => c.key);
    const groupScores = Object.fromEntries(items.map((k: string) => [k, 4]));
    await move(x.proposerA, project, 'SUBMIT_SELF_EVALUATION', {
      party: 'group',
      summary: '計画どおり実施できた',
      scores: { ...groupScores, goal_achievement: 5 },
      kpiActuals: { 食堂の延べ利用者数: 900, 開催回数: 96 },
    });
    await move(x.departmentStaff, project, 'SUBMIT_SELF_EVALUATION', {
      party: 'department',
      summary: '連携は良好、目標はやや未達',
      scores: { ...groupScores, goal_achievement: 3 },
    });
    // Item 12: before the committee's sheets are in, its part is missing, not 0 (which made (82.5 × 20 + 77.5 × 20 +
    // 0 × 60) / 100 = 32 → C): no combined total and no verdict, and the answer says what is missing.
    const beforeCommittee = await must(x.secretariat.get(`/api/v1/proposals/${project}/project-evaluation`));
    expect(beforeCommittee.totals).toEqual({ group: 82.5, department: 77.5, committee: null, combined: null });
    expect([beforeCommittee.verdict, beforeCommittee.missing]).toEqual([null, ['committee']]);
    const [endSheet] = await must(
      x.secretariat.post(`/api/v1/proposals/${project}/assignments`, {
        reviewerIds: [x.chairId],
        stage: 'project_end',
      }),
    );
    await must(
      x.chair.request('PUT', `/api/v1/assignments/${endSheet.id}/score-sheet`, {
        scores: groupScores,
        comments: Object.fromEntries(items.map((k: string) => [k, '妥当'])),
      }),
    );
    await must(x.chair.post(`/api/v1/assignments/${endSheet.id}/score-sheet/submit`));
    await move(x.chair, project, 'ASSESS', { verdict: 'B', comment: '成果は概ね良好。目標達成に向け改善を。' });
    expect((await move(x.secretariat, project, 'PUBLISH')).state).toBe('completed');

    const evaluation = await must(x.secretariat.get(`/api/v1/proposals/${project}/project-evaluation`));
    // The template counts proportionally: a score s of 5 earns s/5 of its item. Group: 7 × 4 + 5 = 33 of 40 = 82.50;
    // department: 7 × 4 + 3 = 31 of 40 = 77.50; committee: all 4 → 80.00 (by range it was 75).
    // Combined (82.5 × 20 + 77.5 × 20 + 80 × 60) / 100 = 80.00 → A (the chair recorded B: the scores only suggest).
    expect(evaluation.mutualEvaluationItems).toEqual(['goal_achievement']);
    expect(evaluation.totals).toEqual({ group: 82.5, department: 77.5, committee: 80, combined: 80 });
    expect([evaluation.verdict, evaluation.missing, evaluation.scoring]).toEqual(['A', [], 'proportional']);
    expect(evaluation.committeeVerdict).toBe('B');
    expect(
      evaluation.kpis.map((k: { name: string; achievementPercent: number }) => [k.name, k.achievementPercent]),
    ).toEqual([
      ['食堂の延べ利用者数', 75],
      ['開催回数', 100],
    ]);

    // The public side: disclosed packages, never personal data or a reviewer beside a score.
    const code = x.municipalityCode;
    await waitFor(
      async () =>
        (await must(x.secretariat.get(`/api/v1/public/proposals?municipality=${code}&limit=100`))).items.length === 8,
      20_000,
    );
    await waitFor(
      async () => (await x.secretariat.get(`/api/v1/public/proposals/${project}`)).body.assessment !== null,
      20_000,
    );
    const publicResponses: string[] = [];
    const read = async (path: string) => {
      const response = await fetch(`${system.baseUrl}${path}`);
      expect(response.status).toBe(200);
      const text = await response.text();
      publicResponses.push(text);
      return { text, response };
    };
    const list = JSON.parse((await read(`/api/v1/public/proposals?municipality=${code}&limit=100`)).text);
    expect(list.items.filter((i: { decision: string }) => i.decision === 'notAdopted')).toHaveLength(3);
    const byOrigin = JSON.parse((await read(`/api/v1/public/proposals?municipality=${code}&origin=department`)).text);
    expect(byOrigin.items).toHaveLength(2);
    // Every filter narrows the same list the way the list itself says it should.
    type Item = { id: string; title: string; decision: string; fiscalYear: number; activityFields: string[] };
    const listed: Item[] = list.items;
    const filtered = async (query: string) =>
      (JSON.parse((await read(`/api/v1/public/proposals?municipality=${code}&${query}`)).text).items as Item[])
        .map((i) => i.id)
        .sort();
    const expected = (keep: (i: Item) => boolean) =>
      listed
        .filter(keep)
        .map((i) => i.id)
        .sort();
    expect(await filtered('decision=notAdopted')).toEqual(expected((i) => i.decision === 'notAdopted'));
    expect(await filtered('fiscalYear=2026&limit=100')).toEqual(expected((i) => i.fiscalYear === 2026));
    expect(await filtered('fiscalYear=2019')).toEqual([]);
    const field = listed[0]!.activityFields[0]!;
    expect(await filtered(`field=${field}&limit=100`)).toEqual(expected((i) => i.activityFields.includes(field)));
    const word = [...listed[0]!.title].slice(0, 3).join('');
    const found = await filtered(`q=${encodeURIComponent(word)}&limit=100`);
    expect(found).toContain(listed[0]!.id);
    expect(await filtered(`q=${encodeURIComponent('%_存在しない語')}`)).toEqual([]);
    const record = JSON.parse((await read(`/api/v1/public/proposals/${project}`)).text);
    expect(record.decision.decision).toMatchObject({
      outcome: 'adopted',
      comment: '合同評価会議での審議を踏まえた講評',
    });
    expect(record.decision.scores.document).toMatchObject({ total: 100, conflictRule: 'substitute_mean' });
    expect(record.assessment.assessment).toMatchObject({ verdict: 'B' });
    // The published package combines as the committee's page does (82.5 / 77.5 / 80 by 20:20:60 → 80.00, A), and
    // flags goal_achievement (5 vs 3) as 2 apart.
    expect(record.assessment.assessment.combined).toEqual({
      weights: { group: 20, department: 20, committee: 60 },
      group: 82.5,
      department: 77.5,
      committee: 80,
      combined: 80,
      grade: 'A',
    });
    expect(
      record.assessment.assessment.selfEvaluations.criteria
        .filter((c: { differsBy2: boolean }) => c.differsBy2)
        .map((c: { key: string }) => c.key),
    ).toEqual(['goal_achievement']);
    expect(record.versions.map((v: { kind: string; version: number }) => `${v.kind}:${v.version}`)).toEqual([
      'assessment:1',
      'decision:1',
    ]);
    expect(record.statusHistory.map((h: { state: string }) => h.state)).toEqual(
      expect.arrayContaining(['submitted.screening', 'decided.adopted', 'completed']),
    );
    const stats = JSON.parse((await read(`/api/v1/public/statistics?municipality=${code}`)).text);
    // The funnel counts the published decisions by proposer: six of groups, two of the department.
    const decided = (kind: string) => {
      const row = stats.funnel.find(
        (r: { fiscalYear: number | null; dimension: string; key: string }) =>
          r.fiscalYear === 2026 && r.dimension === 'proposerKind' && r.key === kind,
      );
      return row.adopted + row.notAdopted;
    };
    expect([decided('group'), decided('department')]).toEqual([6, 2]);
    const raw = Buffer.from(
      await (await fetch(`${system.baseUrl}/api/v1/public/open-data/${callId}.csv?bom=1`)).arrayBuffer(),
    );
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs
    const csv = await read(`/api/v1/public/open-data/${callId}.csv?bom=1`);
    expect(csv.text.startsWith('receipt_number,fiscal_year,title')).toBe(true);
    expect(csv.text.trim().split('\r\n')).toHaveLength(9);
    expect(csv.response.headers.get('content-type')).toContain('text/csv');
    const json = JSON.parse((await read(`/api/v1/public/open-data/${callId}.json`)).text);
    expect(json.records).toHaveLength(8);
    const etag = csv.response.headers.get('etag')!;
    expect(
      (
        await fetch(`${system.baseUrl}/api/v1/public/open-data/${callId}.csv?bom=1`, {
          headers: { 'if-none-match': etag },
        })
      ).status,
    ).toBe(304);
    await read(`/api/v1/public/calls?municipality=${code}`);
    const zipped = unzipSync(
      new Uint8Array(await (await fetch(`${system.baseUrl}/api/v1/public/open-data/${callId}.zip`)).arrayBuffer()),
    );
    // The records, and what recomputes every published total and rank from the anonymised scores (verify.mjs).
    expect(Object.keys(zipped).sort()).toEqual([
      'README.txt',
      'audit-heads-sjis.csv',
      'audit-heads.csv',
      'criteria-sjis.csv',
      'criteria.csv',
      'records-sjis.csv',
      'records.csv',
      'records.json',
      'results-sjis.csv',
      'results.csv',
      'rule.json',
      'schema.json',
      'scores-sjis.csv',
      'scores.csv',
      'verification-schema.json',
      'verify.mjs',
    ]);
    publicResponses.push(...Object.values(zipped).map((bytes) => Buffer.from(bytes).toString('utf8')));
    const again = new Uint8Array(
      await (await fetch(`${system.baseUrl}/api/v1/public/open-data/${callId}.zip`)).arrayBuffer(),
    );
    expect(Buffer.from(again).equals(Buffer.from(zipSync(zipped, { mtime: new Date('2000-01-01T00:00:00Z') })))).toBe(
      true,
    );
    const schema = JSON.parse((await read('/api/v1/public/open-data/schema.json')).text);
    expect(schema.properties.records.items.required).toEqual(json.columns);
    const all = await read(`/api/v1/public/open-data/all.csv?municipality=${code}`);
    expect(all.text.trim().split('\r\n')).toHaveLength(9);
    // A correction is a new version with its reason; the first stays readable.
    const corrected = await must(
      x.secretariat.post(`/api/v1/proposals/${ids[1]}/publications/decision/corrections`, {
        reason: '講評の誤字を訂正しました',
      }),
    );
    expect(corrected.version).toBe(2);
    const v2 = JSON.parse((await read(`/api/v1/public/proposals/${ids[1]}/decision/versions/2`)).text);
    expect(v2.correctionReason).toBe('講評の誤字を訂正しました');
    expect((await read(`/api/v1/public/proposals/${ids[1]}/decision/versions/1`)).response.status).toBe(200);
    // PII scan: the contact person, e-mail addresses, phone numbers, reviewers' identities.
    const secrets = [
      '鈴木 一郎',
      'suzuki@example.jp',
      '0467-00-0000',
      '@kyodo.test',
      x.reviewerId,
      x.reviewer2Id,
      x.reviewer3Id,
      x.reviewer4Id,
      x.chairId,
    ];
    for (const text of publicResponses) for (const secret of secrets) expect(text).not.toContain(secret);
  });

  it('builds the call summary, the evaluation sheet and the workbook as files that say what the database says', async () => {
    const ask = async (body: Record<string, unknown>) => {
      const accepted = await x.secretariat.post('/api/v1/reports', body);
      expect(accepted.status).toBe(202);
      expect(accepted.headers.get('location')).toBe(`/api/v1/reports/${accepted.body.id}`);
      expect(accepted.body.status).toBe('queued');
      let report = accepted.body;
      await waitFor(async () => {
        report = await must(x.secretariat.get(`/api/v1/reports/${accepted.body.id}`));
        return report.status !== 'queued';
      }, 60_000);
      expect(report.status).toBe('ready');
      const response = await fetch(`${system.baseUrl}/api/v1/reports/${report.id}/file`, {
        headers: { authorization: `Bearer ${x.secretariat.token}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain(report.mediaType);
      expect(response.headers.get('content-disposition')).toContain(report.fileName);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(bytes.length).toBe(report.byteSize);
      return { report, bytes };
    };
    const compactText = async (bytes: Uint8Array) => (await pdfText(bytes)).replace(/\s+/g, '');
    // 作成日 is the day the report was asked for, in Japan, in 和暦 (the report's createdAt).
    const madeOn = (report: { createdAt: string }) => `作成日${warekiDate(report.createdAt)}`;

    // refusals change nothing
    expect((await x.proposerA.post('/api/v1/reports', { kind: 'call-summary-pdf', callId })).status).toBe(403);
    expect((await x.secretariat.post('/api/v1/reports', { kind: 'summary', callId })).status).toBe(400);
    expect((await x.secretariat.post('/api/v1/reports', { kind: 'evaluation-sheet-pdf', callId })).status).toBe(422);
    const early = await x.secretariat.post('/api/v1/reports', { kind: 'call-summary-pdf', callId });
    const notReady = await x.secretariat.get(`/api/v1/reports/${early.body.id}/file`);
    expect([200, 409]).toContain(notReady.status);

    const results = await must(x.secretariat.get(`/api/v1/calls/${callId}/results`));
    const summary = await ask({ kind: 'call-summary-pdf', callId });
    expect(summary.report.fileName).toBe('call-summary-2026.pdf');
    expect(Buffer.from(summary.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = await compactText(summary.bytes);
    expect(text).toContain('審査結果一覧');
    // An official document: 年度 and the date of making in 和暦.
    expect(text).toContain('年度令和8年度');
    expect(text).toContain(madeOn(summary.report));
    expect(text).toContain('令和8年度協働事業提案（二段階審査）');
    expect(text).toContain('条件付き採択');
    expect(text).toContain('不採択');
    for (const r of results.combined as Array<{ combined: number | null }>) {
      if (r.combined !== null) expect(text).toContain(r.combined.toFixed(2));
    }
    // byte-identical for the same inputs
    const again = await ask({ kind: 'call-summary-pdf', callId });
    expect(again.report.sha256).toBe(summary.report.sha256);
    expect(Buffer.compare(Buffer.from(again.bytes), Buffer.from(summary.bytes))).toBe(0);
    const english = await compactText((await ask({ kind: 'call-summary-pdf', callId, locale: 'en' })).bytes);
    expect(english).toContain('Collaborativeproposals');
    expect(english).toContain('FY2026(令和8年度)');
    expect(english).toContain('Dateofmaking:令和');

    const sheet = await ask({ kind: 'evaluation-sheet-pdf', callId, proposalId: ids[0] });
    const sheetText = await compactText(sheet.bytes);
    expect(sheetText).toContain('評価シート');
    expect(sheetText).toContain('年度令和8年度');
    expect(sheetText).toContain(madeOn(sheet.report));
    expect(sheetText).toContain('委員A');
    expect(sheetText).toContain('合同評価会議での審議を踏まえた講評');
    // selection-weighted-30 has 100 full marks: the total on them, as the call displays it (no trailing zeros).
    expect(sheetText).toContain('平均100点（100点満点）');

    const workbook = await ask({ kind: 'call-workbook-xlsx', callId });
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(workbook.bytes) as never);
    expect(book.worksheets.map((w) => w.name)).toEqual(['集計', '書類審査', '公開プレゼン']);
    const [overview, documentSheet] = book.worksheets;
    expect(overview!.getRow(1).getCell(1).value).toBe('受付番号');
    const documentTotals = new Map(
      (results.stages.document.results as Array<{ proposalId: string; total: number }>).map((r) => [
        r.proposalId,
        r.total,
      ]),
    );
    const receipts = new Map<string, string>();
    for (const id of ids) receipts.set((await must(x.secretariat.get(`/api/v1/proposals/${id}`))).receiptNumber, id);
    let rows = 0;
    overview!.eachRow((row, n) => {
      if (n === 1) return;
      rows++;
      const id = receipts.get(String(row.getCell(1).value))!;
      // 提案の種類 and 提案者 in the one label set the web and open data use, then the stage totals.
      expect(['テーマ設定型', '自由提案型']).toContain(row.getCell(4).value);
      expect(['市民活動団体', '市（担当課）']).toContain(row.getCell(5).value);
      expect(row.getCell(6).value).toBe(documentTotals.get(id) ?? null);
    });
    expect(rows).toBe(ids.length);
    const scores = await must(x.secretariat.get(`/api/v1/proposals/${ids[0]}/scores`));
    const submitted = (scores.sheets as Array<{ stage: string }>).filter((s) => s.stage === 'document').length;
    let firstProposalRows = 0;
    documentSheet!.eachRow((row) => {
      if (receipts.get(String(row.getCell(1).value)) === ids[0] && typeof row.getCell(5).value === 'number')
        firstProposalRows++;
    });
    expect(firstProposalRows).toBe(submitted);
    // 状態 (column 4) in the reader's words, never the stored status (`locked`, `submitted`)
    const statuses = new Set<string>();
    documentSheet!.eachRow((row, n) => {
      if (n > 1) statuses.add(String(row.getCell(4).value));
    });
    expect(statuses.size).toBeGreaterThan(0);
    for (const status of statuses) expect(['確定', '提出済み', '未評価', '利害関係により回避']).toContain(status);
    // the same workbook again: the same bytes
    expect((await ask({ kind: 'call-workbook-xlsx', callId })).report.sha256).toBe(workbook.report.sha256);
    const listed = await must(x.secretariat.get('/api/v1/reports?limit=100'));
    expect(listed.items.length).toBeGreaterThanOrEqual(7);
    expect(listed.total).toBe(listed.items.length);
    // a page past the last still says how many there are
    const beyond = await must(x.secretariat.get(`/api/v1/reports?limit=10&offset=${listed.total + 5}`));
    expect(beyond).toEqual({ items: [], total: listed.total });
  });
});
