import type { Browser } from 'playwright-core';
import {
  ApiClient,
  createMunicipality,
  move,
  must,
  type MunicipalityFixture,
  newPerson,
  openBrowser,
  type RunningSystem,
  saveScreenshot,
  seriousAccessibilityViolations,
  signIn,
  startSystem,
} from '@kyodo/testing';
import { ADOPTED_TITLE, discloseTwoProposals } from './pages/public-data';

/**
 * 自己評価 at the end of the term, in the browser: the group of an adopted, implemented project fills its
 * self-evaluation (a review, a score per item of the call's end-of-term rubric, the actual value of each KPI),
 * is stopped with a plain message when an item is missing, and the evaluation reaches the API.
 */
describe('self-evaluation at term end', () => {
  let system: RunningSystem;
  let browser: Browser;
  let x: MunicipalityFixture;
  let projectId: string;
  let items: Array<{ key: string; scale: { min: number; max: number } }>;

  beforeAll(async () => {
    system = await startSystem();
    browser = await openBrowser();
    x = await createMunicipality(new ApiClient(system.baseUrl));
    const { callId } = await discloseTwoProposals(x, system.baseUrl);
    const templates = await must(x.secretariat.get('/api/v1/rubric-templates'));
    await must(x.secretariat.request('PUT', `/api/v1/calls/${callId}/rubrics/project_end`, templates['project-end']));
    items = templates['project-end'].criteria;
    const mine = await must(x.proposerA.get(`/api/v1/proposals?callId=${callId}`));
    projectId = (mine.items as Array<{ id: string; title: string }>).find((p) => p.title === ADOPTED_TITLE)!.id;
    await move(x.secretariat, projectId, 'CONCLUDE_AGREEMENT', {
      termStart: '2026-04-01',
      termEnd: '2027-03-31',
      roleSharing: '団体：食堂の運営／市：会場と広報',
      informationSharing: '月例の連絡会',
    });
    await move(x.secretariat, projectId, 'START');
    await move(x.secretariat, projectId, 'END');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('takes the group’s self-evaluation through the form', async () => {
    const { context, page } = await newPerson(browser, system.baseUrl);
    await signIn(page, x.emailOf('proposer-a'), 'fixture-password-1');
    await page.goto(`/workspace/proposals/${projectId}`);
    await page.locator('#se-summary').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Nothing filled: the summary lists every missing part in plain words, and nothing is sent.
    await page.locator('section.self-evaluation button').click();
    const summary = page.locator('section.self-evaluation [role=alert]').first();
    await summary.waitFor();
    expect(await summary.locator('li').count()).toBeGreaterThanOrEqual(items.length + 1);
    expect((await must(x.proposerA.get(`/api/v1/proposals/${projectId}`))).state).toContain('projectEvaluation');

    await page.locator('#se-summary').fill('計画どおり週2回の食堂を開き、延べ900人が利用した。');
    for (const [i, item] of items.entries()) await page.locator(`#se-score-${i}`).fill(String(item.scale.max - 1));
    const kpiInputs = page.locator('input[id^=se-kpi-]');
    for (let i = 0; i < (await kpiInputs.count()); i++) await kpiInputs.nth(i).fill('900');
    // Every message went as its field was filled.
    expect(await page.locator('section.self-evaluation .field-error').count()).toBe(0);
    await saveScreenshot(page, 'workspace-self-evaluation');
    await page.locator('section.self-evaluation button').click();
    await page.locator('#se-summary').waitFor({ state: 'detached' });

    const evaluation = await must(x.secretariat.get(`/api/v1/proposals/${projectId}/project-evaluation`));
    // Each item as the group scored it, the KPIs' actual values, and a group total from them.
    expect(evaluation.items).toEqual(
      items.map((item) => expect.objectContaining({ key: item.key, group: item.scale.max - 1, department: null })),
    );
    expect(evaluation.kpis.map((k: { actual: number }) => k.actual)).toEqual(evaluation.kpis.map(() => 900));
    expect(evaluation.totals.group).toBeGreaterThan(0);
    await context.close();
  });
});
