import { move, must, saveScreenshot, seriousAccessibilityViolations } from '@kyodo/testing';
import { browserSuite } from './pages/harness';
import { errorSummary, fillAgreement, recordMilestone, sendStep } from './pages/partnership';
import { ADOPTED_TITLE, CONDITION, discloseTwoProposals } from './pages/public-data';
import { confirmDialog } from './pages/secretariat';

/**
 * After adoption, in the browser: the secretariat concludes the 協定 from the form the proposal filled in, starts
 * the project; the group files a progress report and a milestone; the secretariat accepts the report, records the
 * condition as met with its evidence, and ends the project. Each page is checked with axe; mistakes are stopped
 * with plain messages before anything is sent.
 */
describe('partnership pages after adoption', () => {
  const web = browserSuite();
  let id: string;
  let items: Array<{ key: string; scale: { min: number; max: number } }>;
  const partnership = () => must(web.x.secretariat.get(`/api/v1/proposals/${id}/partnership`));

  beforeAll(async () => {
    const { callId } = await discloseTwoProposals(web.x, web.system.baseUrl);
    const templates = await must(web.x.secretariat.get('/api/v1/rubric-templates'));
    await must(
      web.x.secretariat.request('PUT', `/api/v1/calls/${callId}/rubrics/project_end`, templates['project-end']),
    );
    items = templates['project-end'].criteria;
    const mine = await must(web.x.proposerA.get(`/api/v1/proposals?callId=${callId}`));
    id = (mine.items as Array<{ id: string; title: string }>).find((p) => p.title === ADOPTED_TITLE)!.id;
  }, 180_000);

  it('concludes the agreement from the proposal’s own terms, after stopping a wrong term', async () => {
    const page = await web.person('secretariat');
    await page.goto(`/console/proposals/${id}`);
    await page.locator(`a[href="/console/proposals/${id}/agreement"]`).first().click();
    await page.locator('#ag-group').waitFor();
    // Carried over from the proposal: the group, the requested amount, its role sharing.
    expect(await page.locator('#ag-group').inputValue()).toBe('NPO法人 かまくら子ども食堂ネット');
    expect(await page.locator('#ag-amount').inputValue()).toBe('800000');
    expect(await page.locator('#ag-roles').inputValue()).toContain('会場の確保');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Information sharing left empty and the term ending before it starts: both said, nothing sent.
    await fillAgreement(page, { termEnd: '2026-03-01' });
    await page.locator('button[data-action=conclude]').click();
    expect(await errorSummary(page)).toHaveLength(2);
    expect((await partnership()).proposal.state).toBe('disclosed.adoptedWithConditions');

    await fillAgreement(page, {
      termEnd: '2027-03-31',
      grantedAmount: '650000',
      informationSharing: '毎月の連絡会で進捗を共有する',
      formNumber: '様式第7号',
      partnershipForm: 'futankin',
    });
    expect(await page.locator('form .field-error').count()).toBe(0);
    await saveScreenshot(page, 'console-agreement');
    await page.locator('button[data-action=conclude]').click();
    await confirmDialog(page);
    await page.waitForURL((url) => url.pathname === `/console/proposals/${id}/partnership`);
    await page.locator('.agreement-summary').waitFor();
    const after = await partnership();
    expect(after.proposal.state).toBe('agreement');
    expect(after.agreement).toMatchObject({
      grantedAmount: 650_000,
      partnershipForm: 'futankin',
      formNumber: '様式第7号',
    });

    await sendStep(page, 'START');
    expect((await partnership()).proposal.state).toBe('implementation');
  });

  it('takes the group’s progress report and milestone from its proposal page', async () => {
    const page = await web.person('proposer-a');
    await page.goto(`/workspace/proposals/${id}`);
    await page.locator('#pr-summary').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Nothing filled but the start: the end, the summary and each KPI are asked for; nothing is sent.
    await page.locator('section.progress-report-form form button[type=submit]').click();
    const kpis = await page.locator('input[id^=pr-kpi-]').count();
    expect(await errorSummary(page, 'section.progress-report-form')).toHaveLength(2 + kpis);
    expect((await partnership()).progressReports).toEqual([]);

    await page.locator('#pr-to').fill('2026-09-30');
    await page.locator('#pr-summary').fill('週2回の食堂を開き、上半期で延べ560人が利用した。');
    await page.locator('#pr-kpi-0').fill('560');
    await page.locator('#pr-kpi-1').fill('48');
    await saveScreenshot(page, 'workspace-progress-report');
    await page.locator('section.progress-report-form form button[type=submit]').click();
    await confirmDialog(page);
    await page.locator('.progress-report[data-status=submitted]').waitFor();

    await recordMilestone(page, '夏休み特別食堂', '2026-08-20', 'planned');
    const after = await partnership();
    expect(after.progressReports).toHaveLength(1);
    expect(after.progressReports[0]).toMatchObject({ reporterParty: 'group', status: 'submitted' });
    expect(after.progressReports[0].kpiActuals.map((k: { actual: number }) => k.actual)).toEqual([560, 48]);
    expect(after.milestones.map((m: { title: string }) => m.title)).toEqual(['夏休み特別食堂']);

    // The milestone was held: done, on the day given.
    const held = page.locator('.milestone-list li', { hasText: '夏休み特別食堂' });
    await held.locator('input[type=date]').fill('2026-08-20');
    await held.locator('.milestone-status button.button:not(.button-secondary)').click();
    await held.locator('.milestone-status').waitFor({ state: 'detached' });
    expect((await partnership()).milestones[0]).toMatchObject({ status: 'done', doneOn: '2026-08-20' });

    // A plan change: nothing chosen is stopped here; then the period and the budget, with the new total.
    await page.locator('section.plan-change-form form button[type=submit]').click();
    expect(await errorSummary(page, 'section.plan-change-form')).toHaveLength(3);
    await page.locator('#pc-kind-period').check();
    await page.locator('#pc-kind-budget').check();
    await page.locator('#pc-reason').fill('会場の改修工事で、2月の開催ができなくなったため');
    await page.locator('#pc-description').fill('2月の8回を3月に移し、会場・備品費を20万円減らす');
    await page.locator('#pc-budget').fill('800000');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'workspace-plan-change');
    await page.locator('section.plan-change-form form button[type=submit]').click();
    await confirmDialog(page);
    await page.locator('.plan-change[data-status=submitted]').waitFor();
    expect((await partnership()).planChanges[0]).toMatchObject({ kinds: ['period', 'budget'], budgetTotal: 800_000 });
  });

  it('lets the secretariat accept the report, record the condition as met and end the project', async () => {
    const page = await web.person('secretariat');
    await page.goto(`/console/proposals/${id}/partnership`);
    await page.locator('.progress-report .report-review').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.locator('.progress-report .report-review button.button:not(.button-secondary)').click();
    await page.locator('.progress-report[data-status=accepted]').waitFor();
    expect(await page.locator('#kpi-progress tbody tr').first().innerText()).toContain('560');

    // The condition needs its evidence before it can be recorded as met.
    await page.locator('button[data-resolve=c1]').click();
    await page.locator('#evidence-c1[aria-invalid=true]').waitFor();
    expect((await partnership()).conditions[0].resolvedAt).toBeNull();
    await page.locator('#evidence-c1').fill('9月の中間報告で四半期ごとの報告を確認した');
    await page.locator('button[data-resolve=c1]').click();
    await confirmDialog(page);
    await page.locator('button[data-resolve=c1]').waitFor({ state: 'detached' });
    const resolved = (await partnership()).conditions[0];
    expect(resolved).toMatchObject({ text: CONDITION, note: '9月の中間報告で四半期ごとの報告を確認した' });

    // Accepted, the report's actuals appear on the public page of the proposal, for anyone.
    const visitor = await web.person(null);
    await visitor.goto(`/proposals/${id}?m=${web.x.municipalityCode}`);
    await visitor.locator('#public-kpis').waitFor();
    expect(await visitor.locator('#public-kpis tbody tr').first().innerText()).toContain('560');
    expect(await seriousAccessibilityViolations(visitor)).toEqual([]);
    await saveScreenshot(visitor, 'public-project-progress');

    // The plan change is approved, and stays listed as approved.
    await page
      .locator('.plan-change[data-status=submitted] .report-review button.button:not(.button-secondary)')
      .click();
    await page.locator('.plan-change[data-status=approved]').waitFor();
    expect((await partnership()).planChanges[0].status).toBe('approved');

    await recordMilestone(page, 'ボランティア説明会', '2026-05-10', 'done');
    await saveScreenshot(page, 'console-partnership');
    await sendStep(page, 'END');
    expect((await partnership()).proposal.state).toContain('projectEvaluation');
  });

  it('takes the group’s results report with its accounts, the settlement computed, and the secretariat accepts it', async () => {
    const page = await web.person('proposer-a');
    await page.goto(`/workspace/proposals/${id}`);
    await page.locator('#rr-summary').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Nothing filled: the summary, each KPI, each budget line and the amount used are asked for; nothing is sent.
    await page.locator('section.results-report-form form button[type=submit]').click();
    expect(await errorSummary(page, 'section.results-report-form')).toHaveLength(1 + 2 + 4 + 1);
    expect((await partnership()).resultsReports).toEqual([]);

    await page.locator('#rr-kpi-0').fill('1150');
    await page.locator('#rr-kpi-1').fill('94');
    await page.locator('#rr-summary').fill('週2回の食堂を年間94回開き、延べ1,150人が利用した。');
    for (const [i, amount] of ['650000', '143500', '587230', '176000'].entries())
      await page.locator(`#rr-line-${i}`).fill(amount);
    await page.locator('button[data-action=add-line]').click();
    await page.locator('#rr-extra-item-0').fill('保険料');
    await page.locator('#rr-extra-actual-0').fill('12800');
    await page.locator('#rr-used').fill('612480');
    // Computed as typed: 650,000 + 143,500; 587,230 + 176,000 + 12,800; 650,000 − 612,480.
    expect(await page.locator('[data-testid=income-total]').innerText()).toContain('793,500');
    expect(await page.locator('[data-testid=expense-total]').innerText()).toContain('776,030');
    expect(await page.locator('[data-testid=computed-return]').innerText()).toContain('37,520');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'workspace-results-report');
    await page.locator('section.results-report-form form button[type=submit]').click();
    await confirmDialog(page);
    await page.locator('.results-report[data-status=submitted]').waitFor();
    expect((await partnership()).resultsReports[0]).toMatchObject({
      incomeTotal: 793_500,
      expenseTotal: 776_030,
      grantedAmount: 650_000,
      returnAmount: 37_520,
      status: 'submitted',
    });

    const secretariat = await web.person('secretariat');
    await secretariat.goto(`/console/proposals/${id}/partnership`);
    await secretariat.locator('.results-report[data-status=submitted] .report-review').waitFor();
    expect(await secretariat.locator('.results-report [data-testid=return-amount]').innerText()).toContain('37,520');
    expect(await seriousAccessibilityViolations(secretariat)).toEqual([]);
    await saveScreenshot(secretariat, 'console-results-review');
    await secretariat
      .locator('.results-report[data-status=submitted] .report-review button.button:not(.button-secondary)')
      .click();
    await secretariat.locator('.results-report[data-status=accepted]').waitFor();
    expect((await partnership()).resultsReports[0].status).toBe('accepted');
  });

  it('puts both self-evaluations side by side for the chair, who records the verdict', async () => {
    // Both partners evaluate themselves; the department scores one item 2 lower, which the page flags.
    const scores = (less: number) =>
      Object.fromEntries(items.map((item, i) => [item.key, item.scale.max - (i === 0 ? less : 0)]));
    await move(web.x.proposerA, id, 'SUBMIT_SELF_EVALUATION', {
      party: 'group',
      summary: '計画どおり週2回の食堂を開き、延べ1,150人が利用した。',
      scores: scores(0),
      kpiActuals: { 食堂の延べ利用者数: 1150, 開催回数: 94 },
    });
    await move(web.x.departmentStaff, id, 'SUBMIT_SELF_EVALUATION', {
      party: 'department',
      summary: '地域の見守りにつながったが、会場の確保に課題が残った。',
      scores: scores(2),
    });

    const page = await web.person('chair');
    await page.goto('/committee');
    await page.locator('a[href="/committee/projects"]').click();
    await page.locator(`a[href="/committee/projects/${id}"]`).click();
    await page.locator('#self-scores').waitFor();
    expect(await page.locator('.self-evaluation-text').allInnerTexts()).toEqual([
      expect.stringContaining('延べ1,150人'),
      expect.stringContaining('会場の確保'),
    ]);
    expect(await page.locator('#self-scores tbody tr.differs').count()).toBe(1);
    // The actuals of the accepted results report.
    expect(await page.locator('#project-kpis tbody tr').first().innerText()).toContain('1,150');
    expect(await page.locator('#project-kpis tbody tr').first().innerText()).toContain('実績報告');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Neither verdict nor comment: both asked for, nothing sent.
    await page.locator('.assess-form button[type=submit]').click();
    expect(await errorSummary(page, '.assess-form')).toHaveLength(2);
    expect((await partnership()).assessment).toBeNull();

    await page.locator('#verdict-A').check();
    await page
      .locator('#assess-comment')
      .fill('地域の居場所として定着し、目標をほぼ達成した。会場の確保は次年度の課題である。');
    await saveScreenshot(page, 'committee-project-assessment');
    await page.locator('.assess-form button[type=submit]').click();
    await confirmDialog(page);
    await page.locator('.assessed').waitFor();
    const after = await partnership();
    expect(after.assessment).toMatchObject({ verdict: 'A' });
    expect(after.proposal.state).toBe('projectEvaluation.assessed');
  });
});
