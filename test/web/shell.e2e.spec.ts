import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_SETTINGS } from '@kyodo/config';
import { ADMIN, ROOT, seriousAccessibilityViolations, signIn } from '@kyodo/testing';
import { browserSuite } from './pages/harness';

/**
 * The web app as the API process serves it: deep links open the app, assets are cached for a year, unknown API
 * paths stay problems, the page carries its security policy, the typed client matches the API's document, and
 * the sign-in page works by keyboard in both languages.
 */
describe('web app shell', () => {
  const web = browserSuite({ municipality: false });

  it('serves the app at / and at deep links, with a security policy, and leaves the API its problems', async () => {
    for (const path of ['/', '/proposals/00000000-0000-4000-8000-000000000000', '/console/calls']) {
      const response = await fetch(`${web.system.baseUrl}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<div id="root">');
    }
    const unknownApi = await fetch(`${web.system.baseUrl}/api/v1/no-such-thing`);
    expect(unknownApi.status).toBe(404);
    expect(unknownApi.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const html = await (await fetch(web.system.baseUrl)).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${web.system.baseUrl}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('builds its typed client from the OpenAPI document the API serves', async () => {
    const served = await (await fetch(`${web.system.baseUrl}/api/openapi.json`)).text();
    const committedPath = join(ROOT, 'apps/web/src/api/openapi.json');
    const pretty = `${JSON.stringify(JSON.parse(served), null, 2)}\n`;
    if (TEST_SETTINGS.writeDocs) writeFileSync(committedPath, pretty);
    // When this fails: KYODO_WRITE_DOCS=1 npm run test:web, then npm run build (regenerates the client).
    expect(JSON.parse(readFileSync(committedPath, 'utf8'))).toEqual(JSON.parse(served));
  });

  it('signs in by keyboard, answers a wrong password in the chosen language, and has no serious axe findings', async () => {
    for (const locale of ['ja', 'en'] as const) {
      const page = await web.person(null, { locale });
      await page.goto('/login');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.locator('form button[type=submit]').click();
      // Empty form: the summary lists both fields, in the page's language.
      await expect(page.locator('[role=alert] li').count()).resolves.toBe(2);
      expect(await page.locator('[role=alert]').first().innerText()).toContain(
        locale === 'ja' ? 'メールアドレスを入力' : 'Enter your e-mail',
      );
      await page.locator('#login-email').fill(ADMIN.email);
      await page.locator('#login-password').fill('wrong-password-123');
      await page.keyboard.press('Enter');
      await page.locator('[role=alert] .notice-title').waitFor();
      expect(page.url()).toContain('/login');
      expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    }
    const page = await web.person(null);
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.getByRole('button', { name: 'ログアウト' }).waitFor();
  });
});
