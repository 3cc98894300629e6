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
import { adoptedProposal, completedProject, decidedProposal, openCall } from '../support/adopted-projects';
import { openSession, selectAgendaItem } from './pages/committee';
import { browserSuite } from './pages/harness';
import { commentCriterion, openAssignment, scoreCriterion, submitSheet, waitForAutosave } from './pages/reviewer';

const DECISION_COMMENT = '地域に根ざした計画で、役割分担も明確である。';
const VERDICT_COMMENT = '利用者数が目標を上回り、地域に定着した。';
const UNPUBLISHED_TITLE = '見守りボランティア（審査結果は未公表）';
const UNPUBLISHED_COMMENT = '体制の見直しを条件とすることが妥当である。';
const CURRENT_TITLE = '多世代食堂（2026）';

/**
 * 協働の記録 in a real browser (issue 21, item 1): the secretariat reads the partnership memory on the proposal page,
 * a reviewer only once their own sheet is in, and the public reads the group's track record of published facts.
 */
describe('partnership memory (協働の記録)', () => {
  const web = browserSuite();
  let completed: string;
  let current: string;
  let callOf2026: string;

  beforeAll(async () => {
    const call2024 = await openCall(web.x, 2024, { continuationAllowed: false });
    const call2025 = await openCall(web.x, 2025, { continuationAllowed: false });
    const call2026 = await openCall(web.x, 2026, { continuationAllowed: false });
    callOf2026 = call2026;
    completed = await adoptedProposal(web.x, call2024, '多世代食堂（2024）', null, DECISION_COMMENT);
    await completedProject(web.x, completed, 'A', VERDICT_COMMENT);
    await decidedProposal(web.x, call2025, UNPUBLISHED_TITLE, null, UNPUBLISHED_COMMENT);
    const draft = await must(
      web.x.proposerA.post(`/api/v1/calls/${call2026}/proposals`, {
        organizationId: web.x.groupAId,
        title: CURRENT_TITLE,
        partnerDepartmentIds: [web.x.departmentId],
        content: completeProposalContent(),
      }),
    );
    current = draft.id;
    await move(web.x.proposerA, current, 'SUBMIT');
    await move(web.x.secretariat, current, 'ACCEPT');
    await must(
      web.x.secretariat.post(`/api/v1/proposals/${current}/assignments`, {
        reviewerIds: [web.x.reviewerId],
        stage: 'document',
      }),
    );
    // The end-of-term evaluation's package is built by the worker after PUBLISH.
    const anonymous = new ApiClient(web.system.baseUrl);
    await waitFor(async () => {
      const page = await anonymous.get(`/api/v1/public/proposals/${completed}`);
      return page.status === 200 && page.body.assessment !== null;
    }, 30_000);
  }, 300_000);

  it('shows the secretariat the group and department’s past proposals on the proposal page, in Japanese', async () => {
    const page = await web.person('secretariat');
    await page.goto(`/console/proposals/${current}`);
    const memory = page.getByTestId('partnership-memory');
    await memory.waitFor();
    const pair = page.getByTestId('memory-pair');
    expect(await memory.locator('h2').innerText()).toBe('協働の記録');
    expect(await pair.innerText()).toContain('提案 2件・採択 2件・事業評価 1件');
    const text = await pair.innerText();
    expect(text).toContain('令和6（2024）年度「多世代食堂（2024）」');
    expect(text).toContain(DECISION_COMMENT);
    expect(text).toContain('評価 A');
    expect(text).toContain(VERDICT_COMMENT);
    // The secretariat's memory is internal: a decision not yet published is there, marked so.
    const unpublished = pair.getByTestId('memory-project').filter({ hasText: UNPUBLISHED_TITLE });
    expect(await unpublished.innerText()).toContain('未公表');
    expect(await unpublished.innerText()).toContain(UNPUBLISHED_COMMENT);
    expect(await page.getByTestId('memory-departmentOnly').innerText()).toContain('記録はありません。');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'secretariat-partnership-memory');
  });

  it('hides the memory from a reviewer until their own sheet is in', async () => {
    const page = await web.person('reviewer');
    await openAssignment(page, CURRENT_TITLE);
    await page.getByTestId('memory-blind').waitFor();
    expect(await page.locator('body').innerText()).not.toContain(DECISION_COMMENT);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await scoreCriterion(page, 'public_benefit', 4);
    await scoreCriterion(page, 'feasibility', 3);
    await commentCriterion(page, 'feasibility', '前年度の体制を引き継いでいる');
    await waitForAutosave(page);
    await submitSheet(page);
    const pair = page.getByTestId('memory-pair');
    await pair.waitFor();
    expect(await pair.innerText()).toContain(DECISION_COMMENT);
    expect(await page.getByTestId('memory-blind').count()).toBe(0);
  });

  it('shows the committee the memory in meeting mode, on the agenda item', async () => {
    // The reviewer's sheet is in (the test before): the review completes and the proposal goes to the session.
    await move(web.x.secretariat, current, 'REVIEW_COMPLETE');
    const session = await must(
      web.x.secretariat.post(`/api/v1/calls/${callOf2026}/sessions`, sessionBody(web.x.committeeId, [current])),
    );
    const page = await web.person('chair');
    await openSession(page, session.id);
    await selectAgendaItem(page, CURRENT_TITLE);
    const pair = page.getByTestId('memory-pair');
    await pair.waitFor();
    expect(await pair.innerText()).toContain(DECISION_COMMENT);
    expect(await pair.innerText()).toContain('評価 A');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('shows the public the group’s track record from published facts only', async () => {
    const page = await web.person(null);
    await page.goto(`/proposals/${completed}?m=${web.x.municipalityCode}`);
    await page.getByTestId('track-record-link').click();
    const record = page.getByTestId('track-record');
    await record.waitFor();
    expect(await page.locator('h1').innerText()).toContain('の協働の実績');
    expect(await page.getByTestId('track-record-summary').innerText()).toBe(
      '公表された提案 1件・採択 1件・事業評価 1件',
    );
    const text = await record.innerText();
    expect(text).toContain('令和6（2024）年度「多世代食堂（2024）」');
    expect(text).toContain(DECISION_COMMENT);
    expect(text).toContain('評価 A');
    // Neither the unpublished decision nor the proposal in review.
    expect(text).not.toContain(UNPUBLISHED_TITLE);
    expect(text).not.toContain(UNPUBLISHED_COMMENT);
    expect(text).not.toContain(CURRENT_TITLE);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'public-track-record');
  });
});
