import {
  completeProposalContent,
  move,
  must,
  saveScreenshot,
  seriousAccessibilityViolations,
  smallRubric,
} from '@kyodo/testing';
import { browserSuite } from './pages/harness';
import { SAMPLE_PDF } from './pages/proposer';
import {
  commentCriterion,
  declareConflict,
  openAssignment,
  openQueue,
  scoreCriterion,
  submitSheet,
  waitForAutosave,
} from './pages/reviewer';

const TITLE = '多世代交流の地域食堂';
const ATTACHMENT = '収支予算書.pdf';

/**
 * The reviewer desk in a real browser: the queue, the score sheet beside the proposal with autosave that
 * survives a reload, blind scores until submission, submission with its confirmation, the aggregate after it,
 * a phone layout, and a conflict declaration by a second reviewer.
 */
describe('reviewer desk', () => {
  const web = browserSuite();
  let proposalId: string;

  beforeAll(async () => {
    const call = await must(web.x.secretariat.get(`/api/v1/calls/${web.x.callId}`));
    await must(
      web.x.secretariat.patch(
        `/api/v1/calls/${web.x.callId}`,
        { reviewDeadlineAt: new Date(Date.now() + 45 * 86_400_000).toISOString() },
        { 'if-match': `"${call.version}"` },
      ),
    );
    await must(web.x.secretariat.request('PUT', `/api/v1/calls/${web.x.callId}/rubrics/document`, smallRubric()));
    const draft = await must(
      web.x.proposerA.post(`/api/v1/calls/${web.x.callId}/proposals`, {
        organizationId: web.x.groupAId,
        title: TITLE,
        content: completeProposalContent(),
      }),
    );
    proposalId = draft.id;
    const uploaded = await fetch(
      `${web.system.baseUrl}/api/v1/proposals/${proposalId}/attachments?filename=${encodeURIComponent(ATTACHMENT)}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${web.x.proposerA.token}`, 'content-type': 'application/pdf' },
        body: new Uint8Array(SAMPLE_PDF.buffer),
      },
    );
    expect(uploaded.status).toBe(201);
    await move(web.x.proposerA, proposalId, 'SUBMIT');
    await move(web.x.secretariat, proposalId, 'ACCEPT');
    const assigned = await must(
      web.x.secretariat.post(`/api/v1/proposals/${proposalId}/assignments`, {
        reviewerIds: [web.x.reviewerId, web.x.reviewer2Id, web.x.reviewer3Id],
        stage: 'document',
      }),
    );
    // A third reviewer has already submitted: the first sees that sheet only after submitting their own.
    const third = assigned.find((a: { reviewerId: string }) => a.reviewerId === web.x.reviewer3Id);
    await must(
      web.x.reviewer3.request('PUT', `/api/v1/assignments/${third.id}/score-sheet`, {
        scores: { public_benefit: 2, feasibility: 2 },
        comments: { feasibility: '体制に不安' },
      }),
    );
    await must(web.x.reviewer3.post(`/api/v1/assignments/${third.id}/score-sheet/submit`));
  }, 180_000);

  it('scores with autosave that survives a reload, stays blind until submitting, then shows the aggregate', async () => {
    const page = await web.person('reviewer');
    await openQueue(page);
    await page.locator('.review-card', { hasText: TITLE }).waitFor();
    expect(await page.locator('.review-deadline').first().innerText()).toContain('審査期限');
    await page.getByRole('button', { name: '担当を確認しました' }).click();
    await page.locator('.notice', { hasText: '担当を確認しました' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'review-queue');

    await openAssignment(page, TITLE);
    // The whole proposal at hand: its role-sharing and budget tables, and its documents to download.
    const proposal = page.locator('section.review-proposal');
    await proposal.getByRole('region', { name: '収支予算' }).locator('table tbody tr').first().waitFor();
    expect(await proposal.getByRole('region', { name: '役割分担' }).locator('tbody tr').count()).toBeGreaterThan(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      proposal.getByRole('button', { name: ATTACHMENT }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(ATTACHMENT);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await page.locator('[data-testid=blind-notice]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid=others-table]').count()).toBe(0);
    await scoreCriterion(page, 'public_benefit', 4);
    await commentCriterion(page, 'feasibility', '実施体制は十分');
    await waitForAutosave(page);
    await page.reload();
    await page.locator('fieldset.criterion').first().waitFor();
    expect(await page.locator('input[name="score-public_benefit"][value="4"]').isChecked()).toBe(true);
    expect(await page.locator('#criterion-feasibility textarea').inputValue()).toBe('実施体制は十分');
    // the API agrees: blind before submitting
    expect((await web.x.reviewer.get(`/api/v1/proposals/${proposalId}/scores`)).status).toBe(403);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'review-sheet');

    // submitting an incomplete sheet is stopped in the page, with the missing criterion named
    await page.getByRole('button', { name: '採点を提出する' }).click();
    await page.locator('[role=alert] a[href="#criterion-feasibility"]').waitFor();
    await scoreCriterion(page, 'feasibility', 3);
    await waitForAutosave(page);
    await submitSheet(page);
    const table = page.locator('[data-testid=others-table]');
    await table.waitFor();
    expect(await table.innerText()).toContain('提出済みの評価シート 2 件');
    // public benefit: (4 + 2) / 2 = 3, shown as the call displays scores (3, not 3.00), beside its spread 2–4
    expect(await table.innerText()).toMatch(/\t3\t2–4/);
    expect(await page.locator('input[name="score-public_benefit"][value="4"]').isDisabled()).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const queue = await must(web.x.reviewer.get('/api/v1/me/assignments'));
    expect(queue.done.map((a: { proposalId: string }) => a.proposalId)).toContain(proposalId);
  });

  it('lays the sheet out for a phone', async () => {
    const page = await web.person('reviewer2', { phone: true });
    await openAssignment(page, TITLE);
    const [proposalBox, sheetBox] = await Promise.all([
      page.locator('.review-proposal').boundingBox(),
      page.locator('#sheet-heading').boundingBox(),
    ]);
    expect(sheetBox!.y).toBeGreaterThan(proposalBox!.y + proposalBox!.height - 1); // stacked, not side by side
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'review-sheet-phone');
  });

  it('lets a second reviewer declare a conflict of interest, after which the proposal is closed to them', async () => {
    const page = await web.person('reviewer2');
    await openAssignment(page, TITLE);
    // an empty reason is refused in the page
    await page.getByRole('button', { name: '利害関係を申告する' }).click();
    await page.locator('[role=alert] a[href="#conflict-reason"]').waitFor();
    await declareConflict(page, TITLE, '提案団体の理事と親族関係にあるため');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const queue = await must(web.x.reviewer2.get('/api/v1/me/assignments'));
    expect([...queue.pending, ...queue.done].map((a: { proposalId: string }) => a.proposalId)).not.toContain(
      proposalId,
    );
    expect((await web.x.reviewer2.get(`/api/v1/proposals/${proposalId}/scores`)).status).toBe(404);
    await openQueue(page);
    expect(await page.locator('.review-card', { hasText: TITLE }).count()).toBe(0);
  });
});
