import {
  ApiClient,
  completeProposalContent,
  move,
  must,
  saveScreenshot,
  seriousAccessibilityViolations,
  waitFor,
} from '@kyodo/testing';
import { adoptedProposal, endedProject, openCall } from '../support/adopted-projects';
import { browserSuite } from './pages/harness';
import { startDraft } from './pages/proposer';
import { commentCriterion, openAssignment, scoreCriterion, submitSheet, waitForAutosave } from './pages/reviewer';

const CALL = '2026年度 協働事業提案制度';
const DECISION_COMMENT = '地域の居場所として定着が見込まれ、継続の意義が大きい。';

/**
 * 継続事業 in a real browser: the proposer makes a draft the continuation of last year's adopted project, and a
 * reviewer sees that project's published results only after submitting their own sheet.
 */
describe('continuation (継続事業)', () => {
  const web = browserSuite();
  let predecessorId: string;
  let callId: string;
  // One live continuation of a project at a time: each test withdraws the one it made before the next makes its own.
  const withdraw = (id: string) => move(web.x.proposerA, id, 'WITHDRAW', { reason: '次の確認のため取り下げます。' });

  beforeAll(async () => {
    const lastYear = await openCall(web.x, 2025, { continuationAllowed: true, continuationMaxYears: 3 });
    predecessorId = await adoptedProposal(web.x, lastYear, '多世代食堂（初年度）', null, DECISION_COMMENT);
    // Only a project carried out (agreement concluded, term ended) may be continued.
    await endedProject(web.x, predecessorId);
    callId = await openCall(web.x, 2026, { continuationAllowed: true, continuationMaxYears: 3 });
    // The reviewer's record comes from the disclosed package, which the worker builds after PUBLISH.
    const anonymous = new ApiClient(web.system.baseUrl);
    await waitFor(
      async () => (await anonymous.get(`/api/v1/public/proposals/${predecessorId}`)).status === 200,
      30_000,
    );
  }, 240_000);

  it('lets the proposer choose 継続提案 and the adopted predecessor, saying which year it will be', async () => {
    const page = await web.person('proposer-a');
    const id = await startDraft(page, CALL, '多世代食堂（2年目）');
    const choice = page.locator('form[aria-labelledby=continuation-choice-heading]');
    await choice.waitFor();
    expect(await choice.innerText()).toContain('最長3年');
    await choice.getByLabel('継続提案（前年度からの継続）').check();
    await choice.locator('#continuation-predecessor').selectOption(predecessorId);
    expect(await choice.getByTestId('continuation-year').innerText()).toBe(
      'この提案は継続事業の2年目になります（最長3年）。',
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'proposer-continuation');
    await choice.getByRole('button', { name: '提案の種類を保存' }).click();
    await page.locator('#continuation-predecessor').waitFor(); // the page comes back at the saved version
    await waitFor(
      async () => (await must(web.x.proposerA.get(`/api/v1/proposals/${id}`))).predecessorId === predecessorId,
      10_000,
    );
    expect(await page.locator('#continuation-predecessor').inputValue()).toBe(predecessorId);
    await withdraw(id);
  });

  it('shows a reviewer the predecessor’s published results only after their own sheet is in', async () => {
    const title = '多世代食堂（継続・審査）';
    const draft = await must(
      web.x.proposerA.post(`/api/v1/calls/${callId}/proposals`, {
        organizationId: web.x.groupAId,
        title,
        predecessorId,
        content: completeProposalContent(),
      }),
    );
    await move(web.x.proposerA, draft.id, 'SUBMIT');
    await move(web.x.secretariat, draft.id, 'ACCEPT');
    await must(
      web.x.secretariat.post(`/api/v1/proposals/${draft.id}/assignments`, {
        reviewerIds: [web.x.reviewerId],
        stage: 'document',
      }),
    );

    const page = await web.person('reviewer');
    await openAssignment(page, title);
    const section = page.getByTestId('continuation');
    await section.waitFor();
    expect(await section.innerText()).toContain('継続提案：2年目（最長3年）');
    expect(await section.innerText()).toContain('令和7（2025）年度「多世代食堂（初年度）」');
    expect(await page.getByTestId('continuation-blind').isVisible()).toBe(true);
    expect(await page.getByTestId('continuation-record').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain(DECISION_COMMENT);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await scoreCriterion(page, 'public_benefit', 4);
    await scoreCriterion(page, 'feasibility', 3);
    await commentCriterion(page, 'feasibility', '前年度の体制を引き継いでいる');
    await waitForAutosave(page);
    await submitSheet(page);
    const record = page.getByTestId('continuation-record');
    await record.waitFor();
    expect(await record.innerText()).toContain('採択');
    expect(await record.innerText()).toContain(DECISION_COMMENT);
    expect(await page.getByTestId('continuation-blind').count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'review-continuation');
    await withdraw(draft.id);
  });

  it('tells the public the call’s limit, the year of a continuing project, and links last year’s page', async () => {
    const continuing = await adoptedProposal(web.x, callId, '多世代食堂（2年目・公開）', predecessorId);
    const anonymous = new ApiClient(web.system.baseUrl);
    await waitFor(async () => (await anonymous.get(`/api/v1/public/proposals/${continuing}`)).status === 200, 30_000);
    const page = await web.person(null);
    await page.goto(`/calls?m=${web.x.municipalityCode}`);
    const card = page.locator('li.card', { hasText: CALL }).first();
    expect(await card.getByTestId('call-continuation').innerText()).toBe('最長3年まで');

    await page.goto(`/proposals/${continuing}?m=${web.x.municipalityCode}`);
    await page.locator('.public-badges', { hasText: '継続事業（2年目）' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByTestId('predecessor-link').click();
    await page.locator('h1', { hasText: '多世代食堂（初年度）' }).waitFor();
    expect(await page.locator('.public-badges').innerText()).not.toContain('継続事業');
  });

  it('lets the secretariat allow continuation and set its limit in the call editor', async () => {
    const id = await openCall(web.x, 2027, { continuationAllowed: false });
    const page = await web.person('secretariat');
    await page.goto(`/console/calls/${id}`);
    await page.locator('#call-continuation').check();
    await page.locator('#call-maxYears').selectOption('4');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.locator('#call-submit').click();
    await page.getByRole('status').filter({ hasText: '保存しました' }).waitFor();
    expect(await must(web.x.secretariat.get(`/api/v1/calls/${id}`))).toMatchObject({
      continuationAllowed: true,
      continuationMaxYears: 4,
    });
  });
});
