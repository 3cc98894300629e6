import type { Page } from 'playwright-core';
import { saveScreenshot, seriousAccessibilityViolations } from '@kyodo/testing';
import {
  ASSESSMENT_COMMENT,
  assessedProject,
  DEPARTMENT_SELF_SUMMARY,
  GROUP_SELF_SUMMARY,
} from './pages/assessment-data';
import { browserSuite } from './pages/harness';

const rows = (page: Page, table: string) =>
  page
    .locator(`#${table} tbody tr`)
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim())));

/**
 * The public record of an assessed project: 事業評価 with the KPIs planned against actual and 達成率, both partners'
 * self-evaluations side by side with a difference of 2 flagged, the verdict and the committee's comment — on a desk
 * in Japanese and on a 390 px phone in English, without serious accessibility findings.
 */
describe('public page of an assessed project', () => {
  const web = browserSuite({ municipality: '鎌倉市' });
  let id: string;

  beforeAll(async () => {
    ({ id } = await assessedProject(web.x, web.system.baseUrl));
  }, 240_000);

  it('shows 事業評価: 目標 / 実績 / 達成率, the self-evaluations side by side, verdict and comment', async () => {
    const page = await web.person(null);
    await page.goto(`/proposals/${id}?m=${web.x.municipalityCode}`);
    await page.getByRole('heading', { name: '事業評価', exact: true }).waitFor();
    await page.locator('#public-assessment-kpis').waitFor();
    expect(await rows(page, 'public-assessment-kpis')).toEqual([
      ['食堂の延べ利用者数', '1,200人', '1,000人', '83.3%'],
      ['開催回数', '96回', '90回', '93.8%'],
    ]);
    expect(await rows(page, 'public-self-evaluations')).toEqual([
      ['目標の達成度', '5', '3', '差あり'],
      ['協働の効果', '4', '4', '—'],
      ['市民への波及', '2', '3', '—'],
    ]);
    const text = await page.locator('.public-assessment').innerText();
    for (const expected of ['評価 B', ASSESSMENT_COMMENT, GROUP_SELF_SUMMARY, DEPARTMENT_SELF_SUMMARY, '四捨五入'])
      expect(text).toContain(expected);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'public-assessment');
  });

  it('reads on a 390 px phone in English without sideways scrolling', async () => {
    const page = await web.person(null, { locale: 'en', phone: true });
    await page.goto(`/proposals/${id}?m=${web.x.municipalityCode}`);
    await page.getByRole('heading', { name: 'Project evaluation', exact: true }).waitFor();
    await page.locator('#public-self-evaluations').waitFor();
    const text = await page.locator('.public-assessment').innerText();
    for (const expected of ['Rating B', 'Achievement', '83.3%', 'Differs', 'Achievement of the goals'])
      expect(text).toContain(expected);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'public-assessment-phone-en');
  });
});
