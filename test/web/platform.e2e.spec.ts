import type { Page } from 'playwright-core';
import { ADMIN, ApiClient, must, saveScreenshot, seriousAccessibilityViolations, signIn } from '@kyodo/testing';
import { browserSuite } from './pages/harness';

const PAGE = '/console/platform/municipalities';

/**
 * The platform operator's page of the console in a real browser: the operator lands on it after signing in,
 * a malformed code is refused in Japanese beside its field, a code registered meanwhile is refused by the API
 * beside the same field, then the municipality is registered, listed, and confirmed through the API; axe on
 * each state. From the new municipality's row the operator registers its first administrator (a common password
 * refused by the API beside its field first), who then signs in and reaches the administrator's console. A
 * municipal administrator sees neither the menu item nor the page.
 */
describe('console: the platform operator', () => {
  const web = browserSuite({ municipality: '小田原市' });
  const stamp = Date.now().toString(36);
  const nameJa = `真鶴町 ${stamp}`;
  const code = `manazuru-${stamp}`;
  let page: Page;

  const axeClean = async (name: string) => {
    expect({ page: name, violations: await seriousAccessibilityViolations(page) }).toEqual({
      page: name,
      violations: [],
    });
  };
  const operatorApi = () => new ApiClient(web.system.baseUrl).login(ADMIN.email, ADMIN.password);
  const submitWithCode = async (value: string) => {
    await page.locator('#municipality-code').fill(value);
    await page.locator('#municipality-submit').click();
  };

  it('lands the operator on the municipalities page, refuses bad codes beside the field, then registers one', async () => {
    page = await web.person(null);
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.waitForURL((url) => url.pathname === PAGE);
    await page.getByRole('heading', { level: 1, name: '自治体の管理' }).waitFor();
    const mainNav = page.locator('nav.main-nav');
    expect(await mainNav.getByRole('link', { name: '運営管理' }).getAttribute('aria-current')).toBe('page');
    expect(await mainNav.getByRole('link', { name: '事務局' }).count()).toBe(0);
    const consoleNav = page.locator('nav.console-nav');
    expect(await consoleNav.getAttribute('aria-label')).toBe('運営管理メニュー');
    expect(await consoleNav.getByRole('link').allInnerTexts()).toEqual(['自治体の管理']);
    // No inbox link: the operator holds no role in a municipality, so there is no inbox to open.
    expect(await page.getByRole('link', { name: 'お知らせ' }).count()).toBe(0);
    // The suite's own municipality, registered through the API before the browser opened.
    await page.locator('#municipalities-table tr', { hasText: web.x.municipalityCode }).waitFor();
    await axeClean('municipalities');

    await page.locator('#municipality-nameJa').fill(nameJa);
    await page.locator('#municipality-nameEn').fill(`Manazuru Town ${stamp}`);
    await submitWithCode('Manazuru 14384');
    await page.locator('#municipality-code-error').waitFor();
    expect(await page.locator('#municipality-code-error').textContent()).toContain('半角の英小文字・数字・ハイフン');
    expect(await page.locator('#municipality-code').getAttribute('aria-invalid')).toBe('true');
    const summary = page.locator('form[aria-label="自治体を登録"] .notice-error');
    expect(await summary.textContent()).toContain('入力内容を確認してください（1件）');
    await axeClean('municipalities (malformed code)');

    // Another operator takes a code after this page read the list: the API's conflict lands beside the field.
    const taken = `taken-${stamp}`;
    await must(
      (await operatorApi()).post('/api/v1/municipalities', { code: taken, nameJa: '湯河原町', nameEn: 'Yugawara' }),
    );
    await submitWithCode(taken);
    await page.locator('#municipality-code-error', { hasText: '既に登録されています' }).waitFor();
    expect(await page.locator('#municipality-nameJa').inputValue()).toBe(nameJa);

    await page.locator('#municipality-namesCommittee').selectOption('yes');
    await submitWithCode(code);
    const row = page.locator('#municipalities-table tbody tr', { hasText: nameJa });
    await row.waitFor();
    expect(await row.locator('td').allInnerTexts()).toEqual([
      `Manazuru Town ${stamp}`,
      code,
      '公表する',
      expect.stringMatching(/^\d{4}\/\d{2}\/\d{2}$/),
      '管理者を登録',
    ]);
    expect(await page.getByRole('status').filter({ hasText: '登録しました' }).textContent()).toBe(
      `自治体「${nameJa}」（${code}）を登録しました。`,
    );
    expect(await page.locator('#municipality-code').inputValue()).toBe('');

    const listed = (await (await operatorApi()).get('/api/v1/municipalities')).body as Array<{ code: string }>;
    expect(listed.find((m) => m.code === code)).toMatchObject({
      nameJa,
      nameEn: `Manazuru Town ${stamp}`,
      namesCommittee: true,
    });
    expect(listed.filter((m) => m.code === taken)).toHaveLength(1);
    await axeClean('municipalities (after)');
    await saveScreenshot(page, 'console-platform-municipalities');

    // The console's front door has no dashboard for the operator: it leads back here.
    await page.goto('/console');
    await page.waitForURL((url) => url.pathname === PAGE);
  });

  it('registers the new municipality’s first administrator from its row, who then runs its console', async () => {
    page = await web.person(null);
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.waitForURL((url) => url.pathname === PAGE);
    const row = page.locator('#municipalities-table tbody tr', { hasText: nameJa });
    await row.getByRole('button', { name: `管理者を登録（${nameJa}）` }).click();
    const heading = page.getByRole('heading', { level: 2, name: `「${nameJa}」の管理者を登録` });
    await heading.waitFor();
    expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
    await axeClean('municipalities (administrator form)');

    const email = `kanri-${stamp}@kyodo.test`;
    await page.locator('#administrator-nameJa').fill('市民活動推進課');
    await page.locator('#administrator-nameEn').fill('Civic Activities Promotion Division');
    await page.locator('#administrator-displayName').fill('真鶴 管理者');
    await page.locator('#administrator-email').fill(email);
    // Long enough for the page's own check; the API's policy refuses it as a common password, beside the field.
    await page.locator('#administrator-password').fill('password1234');
    await page.locator('#administrator-submit').click();
    const passwordError = page.locator('#administrator-password-error');
    await passwordError.waitFor();
    expect(await passwordError.textContent()).toContain('よく使われていて推測されやすい');
    expect(await page.locator('#administrator-password').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('form[aria-labelledby="administrator-heading"] .notice-error').textContent()).toContain(
      '入力内容を確認してください（1件）',
    );
    expect(await page.locator('#administrator-email').inputValue()).toBe(email);
    await axeClean('municipalities (administrator: weak password)');
    const operator = await operatorApi();
    const municipality = (
      (await must(operator.get('/api/v1/municipalities'))) as Array<{ id: string; code: string }>
    ).find((m) => m.code === code)!;
    expect(await must(operator.get(`/api/v1/organizations?municipalityId=${municipality.id}`))).toEqual([]);

    expect(await page.locator('#administrator-mustChangePassword').isChecked()).toBe(true);
    const password = `manazuru-first-${stamp}`;
    await page.locator('#administrator-password').fill(password);
    await page.locator('#administrator-submit').click();
    const done = page.getByRole('status').filter({ hasText: '管理者として登録しました' });
    await done.waitFor();
    expect(await done.textContent()).toBe(
      `「真鶴 管理者」を${nameJa}の管理者として登録しました（所属：市民活動推進課）。ログインに使うメールアドレス（${email}）と初期パスワードを、本人に電話や手渡しなど別の方法で伝えてください。`,
    );
    expect(await page.locator('#administrator-password').inputValue()).toBe('');
    expect(await page.locator('#administrator-password-error').count()).toBe(0);
    await axeClean('municipalities (administrator registered)');
    await saveScreenshot(page, 'console-platform-administrator');
    expect(await must(operator.get(`/api/v1/organizations?municipalityId=${municipality.id}`))).toEqual([
      expect.objectContaining({ kind: 'department', nameJa: '市民活動推進課' }),
    ]);

    // The new administrator, in a browser of their own, first changes the initial password (「初回ログイン時に
    // パスワードの変更を求める」 was on, as it is by default), then lands in the municipality's administrator console.
    const administrator = await web.person(null);
    await signIn(administrator, email, password);
    await administrator.waitForURL((url) => url.pathname === '/account/password');
    await administrator.locator('#password-current').fill(password);
    await administrator.locator('#password-new').fill(`${password}-own`);
    await administrator.locator('#password-confirm').fill(`${password}-own`);
    await administrator.locator('#password-submit').click();
    await administrator.waitForURL((url) => url.pathname !== '/account/password');
    await administrator.goto('/console/admin/activity-fields');
    await administrator.getByRole('heading', { level: 1, name: '活動分野の管理' }).waitFor();
    await administrator.locator('nav.console-nav').getByRole('link', { name: '利用者の管理' }).waitFor();
    page = administrator;
    await axeClean('the new administrator’s console');
  });

  it('shows a municipal administrator neither the menu item nor the page', async () => {
    page = await web.person('admin');
    await page.goto('/console');
    const consoleNav = page.locator('nav.console-nav');
    await consoleNav.getByRole('link', { name: '組織の管理' }).waitFor();
    expect(await consoleNav.getByRole('link', { name: '自治体の管理' }).count()).toBe(0);
    expect(await page.locator('nav.main-nav').getByRole('link', { name: '運営管理' }).count()).toBe(0);
    expect(await page.locator('a[href^="/console/platform"]').count()).toBe(0);

    await page.goto(PAGE);
    await page.getByRole('heading', { level: 1, name: 'このページを見る権限がありません' }).waitFor();
    expect(await page.locator('#municipalities-table').count()).toBe(0);
    expect(await page.locator('#municipality-submit').count()).toBe(0);
    await axeClean('administrator at the operator’s page');
  });

  it('tells the operator at the inbox that it is for municipal staff, and leads back to their own page', async () => {
    page = await web.person(null);
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.waitForURL((url) => url.pathname === PAGE);
    await page.goto('/inbox');
    await page.getByRole('heading', { level: 1, name: 'このページを見る権限がありません' }).waitFor();
    const body = await page.locator('main').innerText();
    // The secretariat works for a municipality; the operator is not who it answers to.
    expect(body).not.toContain('事務局にお問い合わせ');
    expect(body).toContain('プラットフォーム運営者あてのお知らせや手続きはありません');
    await axeClean('operator at the inbox');
    await page.getByRole('link', { name: '自治体の管理へ' }).click();
    await page.waitForURL((url) => url.pathname === PAGE);
  });
});
