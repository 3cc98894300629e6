import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
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
 * Results anyone can check: the open-data ZIP of a call carries the anonymised score matrix, the rule and the
 * published figures, and its verify.mjs recomputes every total and rank. The figures are tie-break.e2e's: one item,
 * weight 100, scale 0–10, three scorers, rank_sum breaks the tie of P and Q.
 *
 *        A  B  C   total   rank
 *   P    9  6  3    60      2   (rank sum 5)
 *   Q    5  7  6    60      1   (rank sum 4)
 *   R    4  4  4    40      3
 */
describe(`open data anyone can recompute, on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let x: MunicipalityFixture;
  let callId: string;
  let dir: string;
  const ids: Record<string, string> = {};
  const receipts: Record<string, string> = {};

  beforeAll(async () => {
    system = await startSystem();
    x = await createMunicipality(new ApiClient(system.baseUrl), '佐倉市');
    const now = Date.now();
    callId = (
      await must(
        x.secretariat.post('/api/v1/calls', {
          fiscalYear: 2026,
          titleJa: '令和8年度 協働事業提案（検証できる結果）',
          submissionOpensAt: new Date(now - 86_400_000).toISOString(),
          submissionClosesAt: new Date(now + 30 * 86_400_000).toISOString(),
          evaluationSettings: { tieBreak: 'rank_sum' },
        }),
      )
    ).id;
    await must(
      x.secretariat.request('PUT', `/api/v1/calls/${callId}/rubrics/document`, {
        definition: {
          titleJa: '書類審査 評価シート',
          criteria: [{ key: 'merit', labelJa: '総合評価', weight: 100, scale: { min: 0, max: 10, step: 1 } }],
        },
      }),
    );
    const scorers = [x.reviewer, x.reviewer2, x.reviewer3];
    const scorerIds = [x.reviewerId, x.reviewer2Id, x.reviewer3Id];
    const figures: Record<string, number[]> = { P: [9, 6, 3], Q: [5, 7, 6], R: [4, 4, 4] };
    for (const [name, scores] of Object.entries(figures)) {
      const draft = await must(
        x.proposerA.post(`/api/v1/calls/${callId}/proposals`, {
          organizationId: x.groupAId,
          title: `検証の確認 ${name}`,
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
    for (const id of Object.values(ids)) await move(x.secretariat, id, 'REVIEW_COMPLETE');
    const session = await must(
      x.secretariat.post(`/api/v1/calls/${callId}/sessions`, sessionBody(x.committeeId, Object.values(ids))),
    );
    await must(
      x.secretariat.request('PUT', `/api/v1/sessions/${session.id}/attendance`, {
        present: [x.chairId, x.committeeMemberId],
      }),
    );
    for (const [name, id] of Object.entries(ids)) {
      const decision = name === 'R' ? 'notAdopted' : 'adopted';
      await move(x.chair, id, 'FINALIZE', { decision, reason: `${name} の講評` });
      await move(x.secretariat, id, 'PUBLISH');
    }
    const anyone = new ApiClient(system.baseUrl);
    for (const [name, id] of Object.entries(ids)) {
      await waitFor(async () => (await anyone.get(`/api/v1/public/proposals/${id}`)).status === 200, 30_000);
      receipts[name] = (await must(anyone.get(`/api/v1/public/proposals/${id}`))).decision.proposal.receiptNumber;
    }
    dir = mkdtempSync(join(tmpdir(), 'kyodo-verify-'));
  }, 300_000);

  afterAll(async () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    await system?.stop();
  });

  /** Downloads the call's ZIP as anyone would and unpacks it into the folder; answers the file names. */
  async function unpack(): Promise<string[]> {
    const response = await fetch(`${system.baseUrl}/api/v1/public/open-data/${callId}.zip`);
    expect(response.status).toBe(200);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    return Object.keys(files);
  }

  const verify = () => spawnSync(process.execPath, ['verify.mjs'], { cwd: dir, encoding: 'utf8' });
  const text = (name: string) => readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, '');

  it('carries the matrix under pseudonyms, the rule, the audit heads and the script', async () => {
    const names = await unpack();
    for (const name of [
      'scores.csv',
      'scores-sjis.csv',
      'results.csv',
      'results-sjis.csv',
      'audit-heads.csv',
      'audit-heads-sjis.csv',
      'rule.json',
      'verification-schema.json',
      'verify.mjs',
    ])
      expect(names).toContain(name);
    const scores = text('scores.csv').trim().split('\r\n');
    expect(scores[0]).toBe('call_id,proposal_id,receipt_number,stage,scorer,criterion_key,score');
    expect(scores).toHaveLength(1 + 9);
    // Three scorers, lettered; the same letter for the same person on each proposal (each letter once per proposal).
    const byProposal = new Map<string, string[]>();
    for (const line of scores.slice(1)) {
      const [, proposalId, , stage, scorer, key] = line.split(',');
      expect([stage, key]).toEqual(['document', 'merit']);
      byProposal.set(proposalId!, [...(byProposal.get(proposalId!) ?? []), scorer!]);
    }
    for (const letters of byProposal.values()) expect(letters).toEqual(['委員A', '委員B', '委員C']);
    // A scorer's sheets stay together: the multiset of each letter's scores is one of the three scorers' columns.
    const column = (letter: string) =>
      Object.values(ids).map((id) =>
        Number(
          scores
            .slice(1)
            .find((l) => l.includes(`,${id},`) && l.includes(`,${letter},`))!
            .split(',')[6],
        ),
      );
    const byText = (a: string, b: string) => a.localeCompare(b);
    expect(
      ['委員A', '委員B', '委員C']
        .map(column)
        .map((c) => c.join(' '))
        .sort(byText),
    ).toEqual(['3 6 4', '6 7 4', '9 5 4'].sort(byText));
    // No reviewer's id anywhere in the archive.
    const everything = names.map((n) => readFileSync(join(dir, n)).toString('utf8')).join('\n');
    for (const id of [x.reviewerId, x.reviewer2Id, x.reviewer3Id]) expect(everything).not.toContain(id);
    const rule = JSON.parse(text('rule.json'));
    expect(rule.stages).toEqual([
      expect.objectContaining({
        call_id: callId,
        stage: 'document',
        scoring: 'proportional',
        tie_break: 'rank_sum',
        full_marks: 100,
        criteria: [
          { key: 'merit', label: { ja: '総合評価', en: '総合評価' }, weight: 100, scale_min: 0, scale_max: 10 },
        ],
      }),
    ]);
    const heads = text('audit-heads.csv').trim().split('\r\n');
    expect(heads).toHaveLength(1 + 3);
    for (const line of heads.slice(1)) expect(line).toMatch(/,decision,1,proposal:[0-9a-f-]{36},\d+,[0-9a-f]{64}$/);
    // The public API answers the package without the matrix.
    const record = await must(new ApiClient(system.baseUrl).get(`/api/v1/public/proposals/${ids.P}`));
    expect(record.decision.verification).toBeUndefined();
  });

  it('verify.mjs recomputes every total and rank and says they match', async () => {
    await unpack();
    const run = verify();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('OK  '))).toHaveLength(3);
    expect(lines.find((l) => l.includes(receipts.Q!))).toMatch(/^OK .*100点換算 60, 順位 1$/);
    expect(lines.find((l) => l.includes(receipts.P!))).toMatch(/^OK .*100点換算 60, 順位 2$/);
    expect(lines.find((l) => l.includes(receipts.R!))).toMatch(/^OK .*100点換算 40, 順位 3$/);
    expect(lines.at(-1)).toBe('すべて一致しました / everything matches (3)');
  });

  it('fails, naming the proposal, when one published score in the ZIP is altered', async () => {
    await unpack();
    // R's published total 40 becomes 41.
    const results = text('results.csv');
    const altered = results
      .split('\r\n')
      .map((line) => (line.includes(`,${ids.R},`) ? line.replace(/,40,3,/, ',41,3,') : line))
      .join('\r\n');
    expect(altered).not.toBe(results);
    writeFileSync(join(dir, 'results.csv'), altered);
    const run = verify();
    expect(run.status).toBe(1);
    const ng = run.stdout.split('\n').filter((l) => l.startsWith('NG  '));
    expect(ng).toHaveLength(1);
    expect(ng[0]).toContain(receipts.R!);
    expect(ng[0]).toContain('100点換算 total: 公表 41 / 再計算 40');
  });

  it('fails when a score in the matrix is altered: the total and the ranks no longer follow', async () => {
    await unpack();
    // One of Q's scores, 7, becomes 6: Q's total 60 is now 56.67 and it can no longer be first.
    const scores = text('scores.csv');
    const altered = scores
      .split('\r\n')
      .map((line) => (line.includes(`,${ids.Q},`) && line.endsWith(',7') ? line.replace(/,7$/, ',6') : line))
      .join('\r\n');
    expect(altered).not.toBe(scores);
    writeFileSync(join(dir, 'scores.csv'), altered);
    const run = verify();
    expect(run.status).toBe(1);
    const ng = run.stdout.split('\n').filter((l) => l.startsWith('NG  '));
    expect(ng.find((l) => l.includes(receipts.Q!))).toContain('100点換算 total: 公表 60 / 再計算 56.67');
    expect(ng.find((l) => l.includes(receipts.Q!))).toContain('順位 rank: 公表 1 / 再計算 2');
    expect(ng.find((l) => l.includes(receipts.P!))).toContain('順位 rank: 公表 2 / 再計算 1');
  });
});
