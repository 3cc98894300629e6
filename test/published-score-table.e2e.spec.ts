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
 * A result table a real municipality published, reproduced exactly: 茂原市「令和4年度協働提案事業公開プレゼンテーション
 * の結果」, https://www.city.mobara.chiba.jp/0000007006.html (published 2023-03-20):
 *
 *   4.審査員 茂原市協働のまちづくり推進庁内委員会13名、担当課職員2名 (15 scorers)
 *   5.審査項目・配点 12項目・各5点満点
 *   6.採点結果 平均48.6点(60点満点)
 *   ※端数処理の関係で合計が合わない場合があります。
 *   審査項目 | 平均点: 4.4, 4, 4.4, 4.13, 4, 3.87, 3.27, …
 *
 * The page publishes averages, not each scorer's sheet, and the text we could read lists the first seven items'
 * averages. So the fifteen sheets below are constructed to give exactly those seven averages, and for the remaining
 * five items (labels and averages ours, not 茂原市's) averages 4.13, 4.13, 4.13, 4.13 and 4 that make the published
 * total: item sums over 15 scorers are 66, 60, 66, 62, 60, 58, 49 and 62, 62, 62, 62, 60 = 729 → 729 ÷ 15 = 48.6.
 * Shown to two decimals as needed, the items add up to 48.59, not 48.6: the rounding note applies, as on the page.
 * Scored proportionally (each item's points as given, 5 × mean ÷ 5 = the mean) on a 1–5 sheet, as practice does.
 * 茂原市 scored one stage, the public presentation; a Kyodo call needs a first-stage sheet before its joint session,
 * so the fifteen sheets are the call's one scored stage (document) and the committee then decides in session.
 */
const ITEMS: Array<[key: string, label: string, sum: number, shown: string]> = [
  ['necessity', '協働で実施することの必要性が明確・適切である', 66, '4.4'],
  ['roles', '協働で実施する上で、団体と市の役割分担が明確・適切である', 60, '4'],
  ['synergy', '協働で実施することにより、団体または市が単独で実施するよりも高い効果が期待できる', 66, '4.4'],
  ['public_benefit', '協働で実施することにより、広く市民の利益に資することが期待できる', 62, '4.13'],
  ['local_needs', '協働で実施する上で、地域のニーズを的確に把握しており、課題の解決が期待できる', 60, '4'],
  ['plan', '協働で実施する上で、実現可能な手法・スケジュールで事業計画が立案されている', 58, '3.87'],
  ['budget', '協働で実施する上で、資金・採算面について、実現可能な予算で事業計画が立案されている', 49, '3.27'],
  ['staffing', '実施体制について、実現可能な人員配置等がなされている', 62, '4.13'],
  ['outcomes', '成果目標が明確である', 62, '4.13'],
  ['novelty', '先駆性・独自性がある', 62, '4.13'],
  ['continuity', '事業の継続性・発展性が期待できる', 62, '4.13'],
  ['openness', '市民に開かれた事業である', 60, '4'],
];
const SCORERS = 15;
/** Scorer i's score on an item whose 15 scores sum to `sum`: the first (sum mod 15) scorers one above the rest. */
const scoreOf = (sum: number, i: number) => Math.floor(sum / SCORERS) + (i < sum % SCORERS ? 1 : 0);

describe(`茂原市's published result table, reproduced on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let x: MunicipalityFixture;
  let callId: string;
  let proposalId: string;

  beforeAll(async () => {
    system = await startSystem();
    x = await createMunicipality(new ApiClient(system.baseUrl), '茂原市');
    const now = Date.now();
    callId = (
      await must(
        x.secretariat.post('/api/v1/calls', {
          fiscalYear: 2022,
          titleJa: '令和4年度 協働提案事業',
          submissionOpensAt: new Date(now - 86_400_000).toISOString(),
          submissionClosesAt: new Date(now + 30 * 86_400_000).toISOString(),
          evaluationSettings: { scoreDecimals: { min: 0, max: 2 } },
        }),
      )
    ).id;
    const rubric = await must(
      x.secretariat.request('PUT', `/api/v1/calls/${callId}/rubrics/document`, {
        titleJa: '公開プレゼンテーション 審査票（12項目・各5点満点）',
        criteria: ITEMS.map(([key, labelJa]) => ({ key, labelJa, weight: 5, scale: { min: 1, max: 5, step: 1 } })),
      }),
    );
    // Not said, so counted as practice does.
    expect(rubric.definition.scoring ?? 'proportional').toBe('proportional');
    const draft = await must(
      x.proposerA.post(`/api/v1/calls/${callId}/proposals`, {
        organizationId: x.groupAId,
        title: '「茂原かるた」で観光のまちづくりをめざそう事業',
        content: completeProposalContent(),
      }),
    );
    proposalId = draft.id;
    await move(x.proposerA, proposalId, 'SUBMIT');
    await move(x.secretariat, proposalId, 'ACCEPT');
    const scorers = await Promise.all(
      Array.from({ length: SCORERS }, (_, i) => x.addUser(`mobara-scorer-${i + 1}`, x.secretariatOrgId, 'reviewer')),
    );
    const assignments: Array<{ id: string; reviewerId: string }> = await must(
      x.secretariat.post(`/api/v1/proposals/${proposalId}/assignments`, {
        reviewerIds: scorers.map((s) => s.id),
        stage: 'document',
      }),
    );
    for (const [i, scorer] of scorers.entries()) {
      const assignment = assignments.find((a) => a.reviewerId === scorer.id)!;
      const scores = Object.fromEntries(ITEMS.map(([key, , sum]) => [key, scoreOf(sum, i)]));
      await must(scorer.client.request('PUT', `/api/v1/assignments/${assignment.id}/score-sheet`, { scores }));
      await must(scorer.client.post(`/api/v1/assignments/${assignment.id}/score-sheet/submit`));
    }
    await move(x.secretariat, proposalId, 'REVIEW_COMPLETE');
    const session = await must(
      x.secretariat.post(`/api/v1/calls/${callId}/sessions`, sessionBody(x.committeeId, [proposalId])),
    );
    await must(
      x.secretariat.request('PUT', `/api/v1/sessions/${session.id}/attendance`, {
        present: [x.chairId, x.committeeMemberId],
      }),
    );
    await move(x.chair, proposalId, 'FINALIZE', { decision: 'adopted', reason: '採択' });
    await move(x.secretariat, proposalId, 'PUBLISH');
    await waitFor(
      async () => (await new ApiClient(system.baseUrl).get(`/api/v1/public/proposals/${proposalId}`)).status === 200,
      30_000,
    );
  }, 300_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('the public answer: 15 scorers, 12 items of 5 points, averages 4.4, 4, 4.4, 4.13 …, 平均48.6点（60点満点）, the note', async () => {
    const record = await must(new ApiClient(system.baseUrl).get(`/api/v1/public/proposals/${proposalId}`));
    const stage = record.decision.scores.document;
    expect(stage.scoring).toBe('proportional');
    expect(stage.display).toEqual({
      scorers: 15,
      total: '48.6',
      fullMarks: '60',
      onHundred: null,
      criteria: ITEMS.map(([key, , , shown]) => ({ key, mean: shown, scaleMax: '5', points: shown, weight: '5' })),
      pointsShown: false,
      roundingNote: true,
    });
    expect(record.decision.roundingNote).toEqual({
      ja: '※端数処理の関係で合計が合わない場合があります。',
      en: '* Because of rounding, the items may not add up to the total.',
    });
    // The exact figures beside the display: 729/15 = 48.6 of 60, 81 on 100 (48.6 ÷ 60 × 100).
    expect([stage.points, stage.fullMarks, stage.total]).toEqual([48.6, 60, 81]);
    expect(stage.criteria.map((c: { label: { ja: string } }) => c.label.ja)).toEqual(ITEMS.map(([, label]) => label));
  });

  it('the evaluation sheet PDF prints the same table, total and note', async () => {
    const bytes = await reportBytes({ kind: 'evaluation-sheet-pdf', callId, proposalId });
    const text = await pdfText(bytes);
    expect(text).toContain('平均48.6点（60点満点）');
    expect(text).toContain('審査員15名');
    expect(text).toContain('※端数処理の関係で合計が合わない場合があります。');
    // Each item's average in the published form, in the rubric's order, on the row of its label.
    for (const [, label, , shown] of ITEMS) expect(text).toMatch(new RegExp(`${escape(label)}5(\\d)*${escape(shown)}`));
    expect(text).not.toContain('4.40');
    const summary = await pdfText(await reportBytes({ kind: 'call-summary-pdf', callId }));
    expect(summary).toContain('書類審査（60点満点）');
    expect(summary).toContain('48.6');
  });

  it('the workbook carries the total on the rubric’s full marks', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await reportBytes({ kind: 'call-workbook-xlsx', callId })) as never);
    const overview = book.worksheets[0]!;
    // Receipt, title, organisation, proposal type and proposer come first; the stage's total follows.
    expect(overview.getRow(1).getCell(6).value).toBe('書類審査（60点満点）');
    expect(overview.getRow(2).getCell(6).value).toBe(48.6);
  });

  it('the open data carries the total on its full marks and each item’s average', async () => {
    const json = await must(new ApiClient(system.baseUrl).get(`/api/v1/public/open-data/${callId}.json`));
    expect(json.records).toHaveLength(1);
    expect(json.records[0]).toMatchObject({
      document_points: 48.6,
      document_full_marks: 60,
      document_total: 81,
    });
    const zip = unzipSync(
      new Uint8Array(await (await fetch(`${system.baseUrl}/api/v1/public/open-data/${callId}.zip`)).arrayBuffer()),
    );
    const lines = Buffer.from(zip['criteria.csv']!)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('receipt_number,stage,criterion_key,criterion,scorers,mean,scale_max,points,weight');
    expect(lines.slice(1).map((line) => line.split(',').slice(1))).toEqual(
      ITEMS.map(([key, label, , shown]) => [
        'document',
        key,
        label.includes(',') ? `"${label}"` : label,
        '15',
        shown,
        '5',
        shown,
        '5',
      ]),
    );
  });

  async function reportBytes(body: Record<string, unknown>): Promise<Uint8Array> {
    const accepted = await must(x.secretariat.post('/api/v1/reports', body));
    let report = accepted;
    await waitFor(async () => {
      report = await must(x.secretariat.get(`/api/v1/reports/${accepted.id}`));
      return report.status !== 'queued';
    }, 60_000);
    expect(report.status).toBe('ready');
    const response = await fetch(`${system.baseUrl}/api/v1/reports/${report.id}/file`, {
      headers: { authorization: `Bearer ${x.secretariat.token}` },
    });
    return new Uint8Array(await response.arrayBuffer());
  }
});

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { extractText } = await import('unpdf');
  const { text } = await extractText(new Uint8Array(bytes), { mergePages: true });
  return (text as string).replace(/\s+/g, '');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
