import type { Page } from 'playwright-core';
import {
  must,
  saveScreenshot,
  seriousAccessibilityViolations,
  startOidcProvider,
  type TestOidcProvider,
} from '@kyodo/testing';
import { browserSuite } from './pages/harness';

const CALLBACK = '/api/v1/auth/oidc/callback';

/**
 * Single sign-on in a real browser (issue 19, item 5): the administrator sets the municipality's OpenID provider (a
 * real `oidc-provider` the test starts) on the settings page; a staff member clicks 「…でログイン」 on the sign-in
 * page, signs in at the provider's own page and lands in Kyodo signed in, in Japanese. A group's account is refused
 * with a page that says why.
 */
describe('single sign-on in the browser', () => {
  const web = browserSuite({ municipality: '鎌倉市', system: { publicBaseUrlIsBaseUrl: true } });
  let provider: TestOidcProvider;

  beforeAll(async () => {
    provider = await startOidcProvider(
      [
        {
          client_id: 'kyodo-kamakura',
          client_secret: 'kamakura-client-secret',
          redirect_uris: [`${web.system.baseUrl}${CALLBACK}`],
        },
      ],
      {
        'k.tanaka': { email: web.x.emailOf('secretariat'), email_verified: true, name: '田中 花子' },
        'npo.group': { email: web.x.emailOf('proposer-a'), email_verified: true },
        // Known to the directory under another address: signs in only once linked by the administrator.
        'r.suzuki': { email: 'suzuki.r@directory.city.example', email_verified: true },
      },
    );
  });
  afterAll(async () => {
    await provider?.stop();
  });

  const axeClean = async (page: Page, name: string) => {
    expect({ page: name, violations: await seriousAccessibilityViolations(page) }).toEqual({
      page: name,
      violations: [],
    });
  };

  /** At the provider's own (development) sign-in page: the login is the account's id, any password. */
  const signInAtProvider = async (page: Page, account: string) => {
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.locator('input[name=login]').fill(account);
    await page.locator('input[name=password]').fill('password-at-the-provider');
    await page.locator('button[type=submit]').click();
  };

  it('is set by the administrator on the settings page', async () => {
    const page = await web.person('admin');
    await page.goto('/console/admin/municipality-settings');
    await page.locator('#sso-issuer').waitFor();
    expect(await page.locator('#sso-redirect-uri').textContent()).toBe(`${web.system.baseUrl}${CALLBACK}`);
    await page.locator('#sso-issuer').fill(provider.issuer);
    await page.locator('#sso-clientId').fill('kyodo-kamakura');
    await page.locator('#sso-clientSecret').fill('kamakura-client-secret');
    await page.locator('#sso-labelJa').fill('鎌倉市職員アカウント');
    await page.locator('#sso-labelEn').fill('Kamakura staff account');
    await page.locator('#sso-submit').click();
    await page.getByText('シングルサインオンの設定を保存しました。').waitFor();
    await axeClean(page, 'municipality settings with single sign-on');
    const saved = await must(web.x.admin.get('/api/v1/municipality-settings/sso'));
    expect(saved.provider).toMatchObject({ issuer: provider.issuer, clientId: 'kyodo-kamakura', enabled: true });

    // A reviewer whose address differs at the provider is linked by the account's identifier (sub).
    await page.locator('#sso-link-userId').selectOption(web.x.reviewerId);
    await page.locator('#sso-link-subject').fill('r.suzuki');
    await page.locator('#sso-link-submit').click();
    await page.getByText('紐付けました。').waitFor();
    await axeClean(page, 'municipality settings: linking an account');
  });

  it('signs a staff member in through the provider, in Japanese', async () => {
    const page = await web.person(null);
    await page.goto('/login');
    const button = page.getByRole('link', { name: '鎌倉市職員アカウントでログイン' });
    await button.waitFor();
    expect(await page.getByRole('heading', { name: '職員の方' }).count()).toBe(1);
    await axeClean(page, 'sign-in page with single sign-on');
    await saveScreenshot(page, 'login-sso');
    await button.click();
    await signInAtProvider(page, 'k.tanaka');
    await page.waitForURL((url) => url.origin === web.system.baseUrl && !url.pathname.startsWith('/login'));
    // Signed in as the secretariat: the console, in Japanese; the one-time code is no longer in the address.
    expect(new URL(page.url()).pathname).toMatch(/^\/console/);
    expect(page.url()).not.toContain('code=');
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    await page.getByRole('button', { name: 'ログアウト' }).waitFor();
    const me = await page.evaluate(async () => {
      const refreshToken = localStorage.getItem('kyodo.refreshToken');
      const pair = await (
        await fetch('/api/v1/auth/refresh', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ refreshToken }),
        })
      ).json();
      localStorage.setItem('kyodo.refreshToken', pair.refreshToken);
      return (await fetch('/api/v1/me', { headers: { authorization: `Bearer ${pair.accessToken}` } })).json();
    });
    expect(me).toMatchObject({ userId: web.x.secretariatUserId, roles: ['secretariat'] });
  });

  it('signs in a reviewer the administrator linked, whose address differs at the provider', async () => {
    const page = await web.person(null);
    await page.goto('/login');
    await page.getByRole('link', { name: '鎌倉市職員アカウントでログイン' }).click();
    await signInAtProvider(page, 'r.suzuki');
    await page.waitForURL((url) => url.origin === web.system.baseUrl && url.pathname.startsWith('/review'));
    await page.getByRole('button', { name: 'ログアウト' }).waitFor();
    // The reviewer's own home, in Japanese.
    expect(new URL(page.url()).pathname).toMatch(/^\/review/);
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
  });

  it('tells a group, in Japanese, that it signs in with its password', async () => {
    const page = await web.person(null);
    await page.goto('/login');
    await page.getByRole('link', { name: '鎌倉市職員アカウントでログイン' }).click();
    await signInAtProvider(page, 'npo.group');
    await page.waitForURL((url) => url.origin === web.system.baseUrl && url.pathname === '/login/sso');
    await page.getByRole('heading', { name: 'ログインできませんでした' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toContain(
      '提案団体の方はメールアドレスとパスワードでログインしてください。',
    );
    await axeClean(page, 'single sign-on refused');
    await page.getByRole('link', { name: 'ログイン画面に戻る' }).click();
    await page.locator('#login-email').waitFor();
  });
});
