import type { Page } from 'playwright-core';
import {
  ApiClient,
  completeProposalContent,
  move,
  must,
  saveScreenshot,
  seriousAccessibilityViolations,
  sessionBody,
  waitFor,
} from '@kyodo/testing';
import { browserSuite } from './pages/harness';
import { openPublicProposal } from './pages/public';

const TITLE = '多世代で支える地域の見守り事業';

/**
 * 「この順位の理由」 on a proposal's public page: what each criterion added to the total, from the published package.
 * Two items on a 1–5 sheet, 必要性 weight 20 and 実現性 weight 40, three scorers:
 *
 *   this proposal   必要性 4 4 4 → 16 of 20 (80.0%)   実現性 3 3 4 → 26.67 of 40 (66.7%)   42.67 of 60, No. 2
 *   the other       5 5 5 / 5 5 5 → 60 of 60, No. 1
 *
 * Shares of the total: 16 ÷ 42.67 = 37.5%, 26.67 ÷ 42.67 = 62.5%.
 */
describe('public page: この順位の理由', () => {
  const web = browserSuite({ municipality: '藤沢市' });
  let id: string;

  beforeAll(async () => {
    const x = web.x;
    const now = Date.now();
    const call = await must(
      x.secretariat.post('/api/v1/calls', {
        fiscalYear: 2026,
        titleJa: '令和8年度 協働事業提案',
        submissionOpensAt: new Date(now - 86_400_000).toISOString(),
        submissionClosesAt: new Date(now + 30 * 86_400_000).toISOString(),
      }),
    );
    await must(
      x.secretariat.request('PUT', `/api/v1/calls/${call.id}/rubrics/document`, {
        definition: {
          titleJa: '書類審査 評価シート',
          criteria: [
            { key: 'need', labelJa: '必要性', labelEn: 'Need', weight: 20, scale: { min: 1, max: 5, step: 1 } },
            { key: 'plan', labelJa: '実現性', labelEn: 'Feasibility', weight: 40, scale: { min: 1, max: 5, step: 1 } },
          ],
        },
      }),
    );
    const scorers = [x.reviewer, x.reviewer2, x.reviewer3];
    const scorerIds = [x.reviewerId, x.reviewer2Id, x.reviewer3Id];
    const sheets: Record<string, Array<{ need: number; plan: number }>> = {
      [TITLE]: [
        { need: 4, plan: 3 },
        { need: 4, plan: 3 },
        { need: 4, plan: 4 },
      ],
      比較のための提案: [
        { need: 5, plan: 5 },
        { need: 5, plan: 5 },
        { need: 5, plan: 5 },
      ],
    };
    const ids: string[] = [];
    for (const [title, scores] of Object.entries(sheets)) {
      const draft = await must(
        x.proposerA.post(`/api/v1/calls/${call.id}/proposals`, {
          organizationId: x.groupAId,
          title,
          content: completeProposalContent(),
        }),
      );
      ids.push(draft.id);
      await move(x.proposerA, draft.id, 'SUBMIT');
      await move(x.secretariat, draft.id, 'ACCEPT');
      const assigned = await must(
        x.secretariat.post(`/api/v1/proposals/${draft.id}/assignments`, { reviewerIds: scorerIds, stage: 'document' }),
      );
      for (const [i, client] of scorers.entries()) {
        const mine = assigned.find((a: { reviewerId: string }) => a.reviewerId === scorerIds[i]);
        await must(client.request('PUT', `/api/v1/assignments/${mine.id}/score-sheet`, { scores: scores[i] }));
        await must(client.post(`/api/v1/assignments/${mine.id}/score-sheet/submit`));
      }
    }
    id = ids[0]!;
    await move(x.secretariat, id, 'REVIEW_COMPLETE');
    const session = await must(
      x.secretariat.post(`/api/v1/calls/${call.id}/sessions`, sessionBody(x.committeeId, [id])),
    );
    await must(
      x.secretariat.request('PUT', `/api/v1/sessions/${session.id}/attendance`, {
        present: [x.chairId, x.committeeMemberId],
      }),
    );
    await move(x.chair, id, 'FINALIZE', { decision: 'adopted', reason: '地域の見守りの担い手を広げる提案。' });
    await move(x.secretariat, id, 'PUBLISH');
    const anyone = new ApiClient(web.system.baseUrl);
    await waitFor(async () => (await anyone.get(`/api/v1/public/proposals/${id}`)).status === 200, 30_000);
  }, 240_000);

  const tableRows = (page: Page) =>
    page
      .locator('[data-testid=rank-reason] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim())));

  it('opens under the stage and shows each criterion’s part in the total, in a table and in words', async () => {
    const page = await web.person(null);
    await openPublicProposal(page, web.x.municipalityCode, TITLE);
    const reason = page.getByTestId('rank-reason');
    await reason.getByText('この順位の理由', { exact: true }).click();
    await reason.locator('table').waitFor();
    expect(await tableRows(page)).toEqual([
      ['必要性', '20', '4', '16', '80.0%', '37.5%'],
      ['実現性', '40', '3.33', '26.67', '66.7%', '62.5%'],
    ]);
    const text = await reason.innerText();
    for (const expected of [
      '合計42.67点（60点満点）で2位でした。',
      '最も多く得点した項目は「実現性」（合計の62.5%）です。',
      '配点に対する得点率が最も低い項目は「実現性」（66.7%）です。',
      '「必要性」：配点20点のうち16点（得点率80.0%）、合計の37.5%。',
      '「実現性」：配点40点のうち26.67点（得点率66.7%）、合計の62.5%。',
      'verify.mjs',
    ])
      expect(text).toContain(expected);
    const zip = await reason.getByRole('link', { name: '公開データ（ZIP）をダウンロード' }).getAttribute('href');
    const download = await fetch(`${web.system.baseUrl}${zip}`);
    expect([download.status, download.headers.get('content-type')]).toEqual([200, 'application/zip']);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'public-rank-reason');
  });

  it('the open-data page tells how to run the check, axe clean', async () => {
    const page = await web.person(null);
    await page.goto(`/open-data?m=${encodeURIComponent(web.x.municipalityCode)}`);
    await page.getByRole('heading', { name: '結果を確かめる' }).waitFor();
    const section = await page.locator('main').innerText();
    for (const expected of ['scores.csv', 'rule.json', 'audit-heads.csv', 'node verify.mjs', '委員名を伏せた採点表'])
      expect(section).toContain(expected);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('reads in English too', async () => {
    const page = await web.person(null, { locale: 'en' });
    await openPublicProposal(page, web.x.municipalityCode, TITLE);
    const reason = page.getByTestId('rank-reason');
    await reason.getByText('Why this rank', { exact: true }).click();
    await reason.locator('table').waitFor();
    const text = await reason.innerText();
    expect(text).toContain('A total of 42.67 (of 60) placed it No. 2.');
    expect(text).toContain('“Need”: 16 of a weight of 20 (80.0%), 37.5% of the total.');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
