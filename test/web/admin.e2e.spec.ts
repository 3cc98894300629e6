import type { Page } from 'playwright-core';
import { saveScreenshot, seriousAccessibilityViolations } from '@kyodo/testing';
import { browserSuite } from './pages/harness';

/**
 * The municipal administrator's pages of the console in a real browser: an organisation, a user (a too-short
 * password refused in Japanese first), the reviewer role granted in the new organisation, a committee with the
 * user as a member; each write checked through the API, axe on every page; the secretariat sees none of it.
 */
describe('console: the municipal administrator', () => {
  const web = browserSuite({ municipality: '小田原市' });
  const stamp = Date.now().toString(36);
  const orgName = `NPO法人 おだわら里山の会 ${stamp}`;
  const email = `satoyama-${stamp}@kyodo.test`;
  const committeeName = `協働事業評価委員会 ${stamp}`;
  let page: Page;
  let orgId: string;
  let userId: string;

  const axeClean = async (name: string) => {
    expect({ page: name, violations: await seriousAccessibilityViolations(page) }).toEqual({
      page: name,
      violations: [],
    });
  };
  /** Follows a link of the console's menu and waits for the page's title. */
  const open = async (label: string, path: string) => {
    await page.locator('nav.console-nav').getByRole('link', { name: label, exact: true }).click();
    await page.waitForURL((url) => url.pathname === path);
    await page.locator('h1').waitFor();
  };

  it('registers an organisation from the console menu', async () => {
    // The harness closes each test's windows after it: every test signs in anew.
    page = await web.person('admin');
    await page.goto('/console');
    await open('組織の管理', '/console/admin/organizations');
    await axeClean('organizations');
    await page.locator('#org-kind').selectOption('intermediary');
    await page.locator('#org-nameJa').fill(orgName);
    await page.locator('#org-nameEn').fill(`Odawara Satoyama ${stamp}`);
    await page.locator('#org-submit').click();
    const row = page.locator('#organizations-table tr', { hasText: orgName });
    await row.waitFor();
    expect(await row.locator('td').last().textContent()).toBe('中間支援組織');
    const listed = await web.x.admin.get('/api/v1/organizations');
    const created = listed.body.find((o: { nameJa: string }) => o.nameJa === orgName);
    expect(created).toMatchObject({ kind: 'intermediary', nameEn: `Odawara Satoyama ${stamp}` });
    orgId = created.id;
    await axeClean('organizations (after)');
    await saveScreenshot(page, 'console-admin-organizations');
  });

  it('refuses a too-short password in Japanese, then registers the user and grants the reviewer role', async () => {
    page = await web.person('admin');
    await page.goto('/console');
    await open('利用者の管理', '/console/admin/users');
    await axeClean('users');
    await page.locator('#user-displayName').fill('里山 太郎');
    await page.locator('#user-email').fill(email);
    await page.locator('#user-password').fill('short-pass');
    await page.locator('#user-submit').click();
    const summary = page.locator('form[aria-label="利用者を登録"] .notice-error');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('初期パスワードは12文字以上にしてください');
    expect(await page.locator('#user-password-error').textContent()).toContain('12文字以上');
    expect(await page.locator('#user-password').getAttribute('aria-invalid')).toBe('true');
    await axeClean('users (refused)');
    let users = await web.x.admin.get('/api/v1/users');
    expect(users.body.some((u: { email: string }) => u.email === email)).toBe(false);

    await page.locator('#user-password').fill('satoyama-long-password');
    await page.locator('#user-submit').click();
    await page.locator('#users-table tr', { hasText: email }).waitFor();
    users = await web.x.admin.get('/api/v1/users');
    const user = users.body.find((u: { email: string }) => u.email === email);
    expect(user).toMatchObject({ displayName: '里山 太郎', roles: [] });
    userId = user.id;

    await page.locator('#grant-userId').selectOption(userId);
    await page.locator('#grant-organizationId').selectOption(orgId);
    await page.locator('#grant-role').selectOption('reviewer');
    await page.locator('#grant-submit').click();
    await page.locator('#users-table tr', { hasText: email }).getByText('審査員').waitFor();
    const reviewers = await web.x.admin.get('/api/v1/users?role=reviewer');
    const granted = reviewers.body.find((u: { id: string }) => u.id === userId);
    expect(granted.memberships).toEqual([{ role: 'reviewer', organizationId: orgId }]);
    await axeClean('users (after)');
    await saveScreenshot(page, 'console-admin-users');
  });

  it('sets up a committee and adds the user as a member', async () => {
    page = await web.person('admin');
    await page.goto('/console');
    await open('評価委員会の管理', '/console/admin/committees');
    await axeClean('committees');
    await page.locator('#committee-nameJa').fill(committeeName);
    await page.locator('#committee-nameEn').fill(`Evaluation Committee ${stamp}`);
    await page.locator('#committee-submit').click();
    await page.locator('#committees-table tr', { hasText: committeeName }).waitFor();
    let committees = await web.x.admin.get('/api/v1/committees');
    const committee = committees.body.find((c: { nameJa: string }) => c.nameJa === committeeName);
    expect(committee.members).toEqual([]);

    await page.locator('#member-committeeId').selectOption(committee.id);
    await page.locator('#member-userId').selectOption(userId);
    await page.locator('#member-position').selectOption('member');
    await page.locator('#member-affiliation').fill('学識経験者');
    await page.locator('#member-submit').click();
    await page
      .locator('#committees-table tr', { hasText: committeeName })
      .locator('li', { hasText: '里山 太郎（委員' })
      .waitFor();
    committees = await web.x.admin.get('/api/v1/committees');
    expect(committees.body.find((c: { id: string }) => c.id === committee.id).members).toEqual([
      { userId, displayName: '里山 太郎', position: 'member', affiliation: '学識経験者' },
    ]);
    await axeClean('committees (after)');
    await saveScreenshot(page, 'console-admin-committees');
  });

  it('takes the member off the committee after confirming; the committee role goes with the seat', async () => {
    page = await web.person('admin');
    await page.goto('/console');
    await open('評価委員会の管理', '/console/admin/committees');
    const row = page.locator('#committees-table tr', { hasText: committeeName });
    await row.locator('li', { hasText: '里山 太郎（委員' }).waitFor();
    await row.getByRole('button', { name: '委員から外す' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('これまでの評価点、合議の記録、議事録はそのまま残ります。');
    await axeClean('committees (confirming a removal)');
    await dialog.getByRole('button', { name: '委員から外す' }).click();
    await page.getByText('里山 太郎 さんを委員から外しました。').waitFor();
    await row.getByText('委員はまだいません。').waitFor();
    const committees = await web.x.admin.get('/api/v1/committees');
    expect(committees.body.find((c: { nameJa: string }) => c.nameJa === committeeName).members).toEqual([]);
    const user = (await web.x.admin.get('/api/v1/users')).body.find((u: { id: string }) => u.id === userId);
    expect(user.roles).toEqual(['reviewer']);
  });

  it('adds an activity field (a bad key refused in Japanese first) and removes it after confirming', async () => {
    page = await web.person('admin');
    await page.goto('/console');
    await open('活動分野の管理', '/console/admin/activity-fields');
    await page.locator('#activity-fields-table tbody tr').first().waitFor();
    await axeClean('activity fields');
    const before = (await web.x.admin.get('/api/v1/activity-fields')).body as Array<{ key: string }>;
    const key = `satoyama_${stamp}`.toLowerCase();
    await page.locator('#field-labelJa').fill('里山の保全を図る活動');
    await page.locator('#field-labelEn').fill('Conservation of satoyama');
    await page.locator('#field-key').fill('Satoyama!');
    await page.locator('#field-submit').click();
    await page.locator('#field-key-error').waitFor();
    expect(await page.locator('#field-key-error').textContent()).toContain('半角英小文字で始め');
    await page.locator('#field-key').fill(key);
    await page.locator('#field-submit').click();
    const row = page.locator('#activity-fields-table tbody tr', { hasText: '里山の保全を図る活動' });
    await row.waitFor();
    const after = (await web.x.admin.get('/api/v1/activity-fields')).body as Array<{ key: string; labelEn: string }>;
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({ key, labelEn: 'Conservation of satoyama' });
    await axeClean('activity fields (after adding)');
    await saveScreenshot(page, 'console-admin-activity-fields');

    await row.getByRole('button', { name: '削除: 里山の保全を図る活動' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '削除' }).click();
    await row.waitFor({ state: 'detached' });
    const removed = (await web.x.admin.get('/api/v1/activity-fields')).body as Array<{ key: string }>;
    expect(removed.map((f) => f.key)).toEqual(before.map((f) => f.key));
  });

  it('shows the secretariat none of the administrator’s links or pages', async () => {
    page = await web.person('secretariat');
    await page.goto('/console');
    const nav = page.locator('nav.console-nav');
    await nav.getByRole('link', { name: 'ダッシュボード' }).waitFor();
    for (const label of ['組織の管理', '利用者の管理', '評価委員会の管理', '活動分野の管理']) {
      expect(await nav.getByRole('link', { name: label }).count()).toBe(0);
    }
    expect(await page.locator('a[href^="/console/admin"]').count()).toBe(0);
    await page.goto('/console/admin/users');
    await page.locator('h1').waitFor();
    expect(await page.locator('#user-submit').count()).toBe(0);
    expect(await page.locator('#users-table').count()).toBe(0);
    await axeClean('secretariat at /console/admin/users');
  });
});
