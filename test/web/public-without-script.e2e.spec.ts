import { ApiClient, seriousAccessibilityViolations, waitFor } from '@kyodo/testing';
import { adoptedProposal, openCall } from '../support/adopted-projects';
import { browserSuite } from './pages/harness';

const TITLE = '多世代食堂 <script>alert(1)</script> & 居場所づくり';
const COMMENT = '地域の居場所として定着が見込まれる。\n\n役割分担も明確である。';

/**
 * A disclosed proposal's public page comes with its content in the HTML (issue 20, item 2): with scripts off — a
 * search engine, an office browser, a screen reader — the title, the decision and its 講評 are there, and the portal's
 * top, calls and proposal list lead to it by their links; with scripts on, the app takes over and shows the full page.
 * Text from the package is escaped, never markup.
 */
describe('the public proposal page without scripts', () => {
  const web = browserSuite({ municipality: '大和市' });
  let id: string;

  beforeAll(async () => {
    const callId = await openCall(web.x, 2026, { continuationAllowed: false });
    id = await adoptedProposal(web.x, callId, TITLE, null, COMMENT);
    const anonymous = new ApiClient(web.system.baseUrl);
    await waitFor(async () => (await anonymous.get(`/api/v1/public/proposals/${id}`)).status === 200, 30_000);
  });

  it('reads the title, the decision and the 講評 with scripts off, and the app takes over with them on', async () => {
    const context = await web.browser.newContext({ javaScriptEnabled: false, baseURL: web.system.baseUrl });
    try {
      const page = await context.newPage();
      let alerted = false;
      page.on('dialog', () => (alerted = true));
      const response = await page.goto(`/proposals/${id}`);
      expect(response?.status()).toBe(200);
      expect(await page.locator('h1').textContent()).toBe(TITLE);
      expect(await page.title()).toBe(`${TITLE} | Kyodo`);
      const text = (await page.locator('#root').textContent()) ?? '';
      expect(text).toContain('採択');
      expect(text).toContain('講評');
      expect(text).toContain('地域の居場所として定着が見込まれる。');
      expect(text).toContain('役割分担も明確である。');
      expect(alerted).toBe(false);
      expect(await page.locator('#root script').count()).toBe(0);
      // A repeat visit is answered 304 from the page's ETag.
      const first = await fetch(`${web.system.baseUrl}/proposals/${id}`);
      const etag = first.headers.get('etag')!;
      expect(
        (await fetch(`${web.system.baseUrl}/proposals/${id}`, { headers: { 'if-none-match': etag } })).status,
      ).toBe(304);
      // Without scripts the portal is walked by its links: the top, the municipality's calls, its proposals, one.
      await page.goto('/');
      await page.getByRole('link', { name: '募集' }).first().click();
      expect(await page.locator('h1').textContent()).toBe('大和市 協働事業提案の募集');
      expect(await page.locator('#root').textContent()).toContain('2026年度 協働事業提案制度');
      await page.getByRole('link', { name: '提案と評価結果を見る' }).click();
      expect(await page.locator('h1').textContent()).toBe('大和市 提案と評価結果');
      await page.getByRole('link', { name: TITLE }).click();
      expect(await page.locator('h1').textContent()).toBe(TITLE);
      // An id that is no disclosed proposal gets the app's page, as before.
      const unknown = await (
        await fetch(`${web.system.baseUrl}/proposals/5f0c6f0e-2b8e-4c1b-9a57-9d3c4f1b2a10`)
      ).text();
      expect(unknown).toContain('<div id="root"></div>');
    } finally {
      await context.close();
    }

    // The server's page alone, checked by axe: the app's script is kept from loading (axe itself needs scripts).
    const appBlocked = await web.person(null);
    await appBlocked.route('**/assets/*.js', (route) => route.abort());
    await appBlocked.goto(`/proposals/${id}`);
    await appBlocked.locator('.server-page h1').waitFor();
    expect(await seriousAccessibilityViolations(appBlocked)).toEqual([]);

    const withScripts = await web.person(null);
    await withScripts.goto(`/proposals/${id}`);
    await withScripts.locator('#public-versions').waitFor();
    expect(await withScripts.locator('h1').textContent()).toBe(TITLE);
    expect(await withScripts.locator('.server-page').count()).toBe(0);
  });
});
