import type { Page } from 'playwright-core';
import { ADMIN, ApiClient, must, saveScreenshot, seriousAccessibilityViolations } from '@kyodo/testing';
import { browserSuite } from './pages/harness';
import { openDataLinks, openPublicHome, openPublicProposal, searchPublicProposals } from './pages/public';
import { ADOPTED_TITLE, COMMENT, CONDITION, discloseTwoProposals, NOT_ADOPTED_TITLE } from './pages/public-data';

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

/**
 * The public portal as citizens use it: no sign-in, the municipality chosen once and kept, the disclosed
 * decisions found by filter and keyword, a proposal's page with its 講評 and scores, statistics, open data —
 * Japanese first, English, on a desk and on a phone, without serious accessibility findings.
 */
describe('public portal', () => {
  const web = browserSuite({ municipality: '鎌倉市' });
  let callId: string;

  beforeAll(async () => {
    const api = new ApiClient(web.system.baseUrl);
    const operator = await api.login(ADMIN.email, ADMIN.password);
    await must(operator.post('/api/v1/municipalities', { code: 'fujisawa-e2e', nameJa: '藤沢市', nameEn: 'Fujisawa' }));
    ({ callId } = await discloseTwoProposals(web.x, web.system.baseUrl));
  }, 180_000);

  it('lists the hosted municipalities publicly: codes and names only, cacheable', async () => {
    const response = await fetch(`${web.system.baseUrl}/api/v1/public/municipalities`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    const list = (await response.json()) as Array<Record<string, string>>;
    expect(list).toEqual(
      expect.arrayContaining([
        { code: web.x.municipalityCode, nameJa: '鎌倉市', nameEn: expect.any(String) },
        { code: 'fujisawa-e2e', nameJa: '藤沢市', nameEn: 'Fujisawa' },
      ]),
    );
    for (const item of list) expect(Object.keys(item).sort()).toEqual(['code', 'nameEn', 'nameJa']);
    const again = await fetch(`${web.system.baseUrl}/api/v1/public/municipalities`, {
      headers: { 'if-none-match': response.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
  });

  it('asks for the municipality once, keeps it in the URL and the browser, and links everything with it', async () => {
    const page = await web.person(null);
    await page.goto('/');
    await page.locator('h1', { hasText: '協働事業提案制度' }).waitFor();
    await page.getByLabel('自治体').selectOption(web.x.municipalityCode);
    await page.getByRole('button', { name: '表示する' }).click();
    await page.waitForURL((url) => url.searchParams.get('m') === web.x.municipalityCode);
    await page.getByText('表示中の自治体：鎌倉市').waitFor();
    await expectAccessible(page);
    await saveScreenshot(page, 'public-home');
    // A later visit without ?m comes back to the same municipality.
    await page.goto('/statistics');
    await page.waitForURL((url) => url.searchParams.get('m') === web.x.municipalityCode);
    await page.locator('figure.chart').first().waitFor();
    await openPublicHome(page, web.x.municipalityCode);
    const hrefs = await page.locator('.cards a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(
      ['/calls', '/proposals', '/statistics', '/open-data', '/compare', '/group-registration'].map(
        (p) => `${p}?m=${web.x.municipalityCode}`,
      ),
    );
  });

  it('shows calls with their themes and deadlines', async () => {
    const page = await web.person(null);
    await page.goto(`/calls?m=${web.x.municipalityCode}`);
    await page.getByRole('heading', { name: '令和8年度 協働事業提案制度' }).first().waitFor();
    expect(await page.locator('main').innerText()).toContain('子どもの居場所づくり');
    expect(await page.locator('main').innerText()).toContain('提案締切');
    await expectAccessible(page);
    await saveScreenshot(page, 'public-calls');
  });

  it('lists the disclosed proposals and narrows them by filter and by Japanese keyword, in the URL', async () => {
    const page = await web.person(null);
    expect((await searchPublicProposals(page, web.x.municipalityCode)).sort()).toEqual(
      [ADOPTED_TITLE, NOT_ADOPTED_TITLE].sort(),
    );
    await expectAccessible(page);
    await saveScreenshot(page, 'public-proposals');
    expect(await searchPublicProposals(page, web.x.municipalityCode, { decision: 'notAdopted' })).toEqual([
      NOT_ADOPTED_TITLE,
    ]);
    expect(await searchPublicProposals(page, web.x.municipalityCode, { origin: 'group', year: '2026' })).toEqual([
      ADOPTED_TITLE,
    ]);
    expect(await searchPublicProposals(page, web.x.municipalityCode, { field: 'community_development' })).toEqual([
      NOT_ADOPTED_TITLE,
    ]);
    expect(await searchPublicProposals(page, web.x.municipalityCode, { q: '食堂' })).toEqual([ADOPTED_TITLE]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('食堂');
    expect(await searchPublicProposals(page, web.x.municipalityCode, { q: '存在しない語' })).toEqual([]);
    await page.getByText('条件に合う提案はありません。').waitFor();
    // A shared link with the filters opens the same list.
    await page.goto(`/proposals?m=${web.x.municipalityCode}&decision=adoptedWithConditions`);
    await page.locator('.public-results[data-ready=true]').waitFor();
    expect(await page.locator('.public-proposal h2 a').allInnerTexts()).toEqual([ADOPTED_TITLE]);
    expect(await page.getByLabel('採否').inputValue()).toBe('adoptedWithConditions');
  });

  it('shows a proposal’s decision, 講評, conditions, scores as a chart, history and versions', async () => {
    const page = await web.person(null);
    await openPublicProposal(page, web.x.municipalityCode, ADOPTED_TITLE);
    const main = page.locator('main');
    await page.locator('#public-decision').waitFor();
    const text = await main.innerText();
    expect(text).toContain('条件付き採択');
    expect(text).toContain(COMMENT);
    expect(text).toContain(CONDITION);
    expect(text).toContain('子どもの居場所づくり');
    expect(text).toContain('地域全体への波及効果が大きい');
    const chart = page.locator('figure.chart svg[role=img]');
    await expect(chart.count()).resolves.toBe(1);
    expect(await chart.locator('title').textContent()).toContain('公益性: 5');
    expect(text).not.toContain('鈴木 一郎');
    await expectAccessible(page);
    await saveScreenshot(page, 'public-proposal');
    await page.getByRole('link', { name: '第1版を読む' }).click();
    await page.locator('h1', { hasText: '（第1版）' }).waitFor();
    expect(await main.innerText()).toContain(COMMENT);
    await expectAccessible(page);
  });

  it('prints a proposal’s record without the site around it, and saves it as a PDF', async () => {
    const page = await web.person(null);
    await openPublicProposal(page, web.x.municipalityCode, ADOPTED_TITLE);
    await page.locator('#public-decision').waitFor();
    const printButton = page.getByRole('button', { name: '印刷する・PDFで保存する' });
    expect(await printButton.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await printButton.isVisible()).toBe(false);
    expect(await page.locator('.site-header nav').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.locator('h1', { hasText: ADOPTED_TITLE }).isVisible()).toBe(true);
    expect(await page.locator('main').innerText()).toContain(COMMENT);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
  });

  it('shows the funnel by type with every stage and the rates over the proposals received', async () => {
    const page = await web.person(null);
    await page.goto(`/statistics?m=${web.x.municipalityCode}`);
    await page.locator('figure.chart').first().waitFor();
    await expect(page.locator('figure.chart svg[role=img]').count()).resolves.toBe(1);
    // The adopted proposal answers the department's theme (theme-based); the one not adopted is the department's own.
    const byType = page.locator('section[aria-labelledby=funnel-proposalType] table');
    expect(await byType.innerText()).toContain('採択率\n採択件数÷提案件数');
    // 提案件数, 不受理, 取下げ, 審査中, 採択内定, 不採択, 採択, 実施, 採択率, 実施率.
    expect(await byType.innerText()).toMatch(/テーマ設定型\s+1\s+0\s+0\s+0\s+0\s+0\s+1\s+0\s+100\.0%\s+0\.0%/);
    expect(await page.locator('.statistics-summary').innerText()).toContain('テーマ設定型が0.0%');
    await expectAccessible(page);
    await saveScreenshot(page, 'public-statistics');
  });

  it('offers open data that downloads', async () => {
    const page = await web.person(null);
    const links = await openDataLinks(page, web.x.municipalityCode);
    expect(links.map((l) => l.href)).toEqual(
      expect.arrayContaining([
        `/api/v1/public/open-data/all.csv?municipality=${web.x.municipalityCode}`,
        `/api/v1/public/open-data/all.zip?municipality=${web.x.municipalityCode}`,
        `/api/v1/public/open-data/${callId}.json`,
      ]),
    );
    await expectAccessible(page);
    await saveScreenshot(page, 'public-open-data');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`a[href="/api/v1/public/open-data/all.csv?municipality=${web.x.municipalityCode}"]`).click(),
    ]);
    // A name a person finds again in their downloads (issue 17): the municipality's code, the fiscal year.
    expect(download.suggestedFilename()).toBe(`kyodo-${web.x.municipalityCode}-all-proposals.csv`);
    const [perCall] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`a[href="/api/v1/public/open-data/${callId}.json"]`).click(),
    ]);
    expect(perCall.suggestedFilename()).toMatch(
      new RegExp(`^kyodo-${web.x.municipalityCode}-20\\d\\d-proposals\\.json$`),
    );
    const response = await page.request.get(`/api/v1/public/open-data/all.csv?municipality=${web.x.municipalityCode}`);
    expect(response.status()).toBe(200);
    const csv = await response.text();
    expect(csv).toContain(ADOPTED_TITLE);
    expect(csv).toContain(COMMENT);
    const schema = await page.request.get(
      (await page.getByRole('link', { name: /schema\.json/ }).getAttribute('href'))!,
    );
    expect(schema.status()).toBe(200);
  });

  it('reads in English on a phone, without sideways scrolling', async () => {
    const page = await web.person(null, { locale: 'en', phone: true });
    await searchPublicProposals(page, web.x.municipalityCode);
    // The filters appear once the statistics (years, fields) are read, which may be after the list.
    await page.getByLabel('Keyword').waitFor();
    expect(await page.getByLabel('Keyword').count()).toBe(1);
    expect(await page.locator('main').innerText()).toContain('Not adopted');
    await expectAccessible(page);
    await openPublicProposal(page, web.x.municipalityCode, ADOPTED_TITLE);
    await page.getByRole('heading', { name: 'Comments of the joint evaluation' }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain('Adopted with conditions');
    expect(text).toContain('Public benefit');
    expect(text).toContain(COMMENT);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page);
    await saveScreenshot(page, 'public-proposal-phone-en');
  });
});
