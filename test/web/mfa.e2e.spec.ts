import type { Page } from 'playwright-core';
import { totpCodeAt } from '@kyodo/identity';
import { FIXTURE_PASSWORD, seriousAccessibilityViolations, signIn } from '@kyodo/testing';
import { browserSuite } from './pages/harness';

const STEP_MS = 30_000;

/**
 * Two-step sign-in in a real browser (issue 19, item 4): an administrator sets up an authenticator app on /account
 * and requires it of staff; a reviewer is sent to set it up, then signs in with a code from it; the administrator
 * resets it for a lost phone. The test plays the app: it reads the setup key the page shows and computes the codes.
 */
describe('two-step sign-in in the browser', () => {
  const web = browserSuite({ municipality: '平塚市' });
  const stamp = Date.now().toString(36);

  const axeClean = async (page: Page, name: string) => {
    expect({ page: name, violations: await seriousAccessibilityViolations(page) }).toEqual({
      page: name,
      violations: [],
    });
  };

  /** Sets up the app on the page in front of it (already showing the setup button) and answers its key. */
  const setUpApp = async (page: Page, name: string): Promise<string> => {
    await page.getByRole('button', { name: '認証アプリを設定する' }).click();
    const key = page.locator('#totp-secret');
    await key.waitFor();
    expect(await page.getByRole('img', { name: '認証アプリに読み取らせるQRコード' }).count()).toBe(1);
    await axeClean(page, `${name} (QR code)`);
    const secret = (await key.textContent())!.trim();
    await page.locator('#totp-confirm-code').fill('12345');
    await page.getByRole('button', { name: '設定を完了する' }).click();
    expect(await page.locator('#totp-confirm-code-error').textContent()).toContain('6桁の数字');
    await page.locator('#totp-confirm-code').fill(totpCodeAt(secret, new Date()));
    await page.getByRole('button', { name: '設定を完了する' }).click();
    await page.locator('#recovery-codes').waitFor();
    expect(await page.locator('#recovery-codes li').count()).toBe(10);
    await axeClean(page, `${name} (recovery codes)`);
    await page.getByRole('button', { name: '保管しました' }).click();
    return secret;
  };

  it('sets up an app, requires it of staff, signs a reviewer in with a code, and resets a lost phone', async () => {
    const admin = await web.x.addUser(`mfa-admin-${stamp}`, web.x.secretariatOrgId, 'admin');
    const reviewer = await web.x.addUser(`mfa-reviewer-${stamp}`, web.x.departmentId, 'reviewer');

    // The administrator cannot require it before having it, then sets it up on the account page.
    const adminPage = await web.person(null);
    await signIn(adminPage, admin.email, FIXTURE_PASSWORD);
    await adminPage.goto('/console/admin/users');
    await adminPage.locator('#security-mfa-staff').check();
    await adminPage.getByRole('button', { name: '保存する' }).last().click();
    await adminPage.getByRole('link', { name: 'アカウントのページで認証アプリを設定する' }).click();
    await adminPage.waitForURL((url) => url.pathname === '/account');
    expect(await adminPage.locator('#two-step-status').textContent()).toContain('二段階認証は設定されていません。');
    await axeClean(adminPage, 'account with two-step section');
    await setUpApp(adminPage, 'account');
    await adminPage.locator('#two-step-status', { hasText: '二段階認証は有効です。' }).waitFor();
    await adminPage.getByText('未使用のリカバリーコード: 10個').waitFor();

    await adminPage.goto('/console/admin/users');
    await adminPage.locator('#security-mfa-staff').check();
    await adminPage.getByRole('button', { name: '保存する' }).last().click();
    await adminPage.getByText('職員に二段階認証を求めるようにしました。', { exact: false }).waitFor();
    await axeClean(adminPage, 'users with the sign-in policy');

    // The reviewer signs in with the password and is sent to set up the app before anything else.
    const reviewerPage = await web.person(null);
    await signIn(reviewerPage, reviewer.email, FIXTURE_PASSWORD);
    await reviewerPage.waitForURL((url) => url.pathname === '/account/two-step');
    expect(await reviewerPage.locator('h1').textContent()).toBe('二段階認証の設定');
    await axeClean(reviewerPage, 'forced two-step setup');
    await reviewerPage.goto('/review');
    await reviewerPage.waitForURL((url) => url.pathname === '/account/two-step');
    const secret = await setUpApp(reviewerPage, 'forced two-step setup');
    await reviewerPage.waitForURL((url) => url.pathname === '/review');

    // Next time: the password, then the code of the app.
    const later = await web.person(null);
    await later.goto('/login');
    await later.locator('#login-email').fill(reviewer.email);
    await later.locator('#login-password').fill(FIXTURE_PASSWORD);
    await later.locator('form button[type=submit]').click();
    await later.locator('#login-code').waitFor();
    expect(await later.locator('h1').textContent()).toBe('確認コードの入力');
    await axeClean(later, 'sign-in code step');
    await later.locator('#login-code').fill('000000');
    await later.locator('form button[type=submit]').click();
    await later.getByRole('alert').getByText('確認コードが正しくないか', { exact: false }).waitFor();
    await later.locator('#login-code').fill(totpCodeAt(secret, new Date(Date.now() + STEP_MS)));
    await later.locator('form button[type=submit]').click();
    await later.waitForURL((url) => url.pathname === '/review');

    // A lost phone: the administrator resets it; the reviewer is signed out and sets it up again.
    await adminPage.goto('/console/admin/users');
    const row = adminPage.locator('#users-table tr', { hasText: reviewer.email });
    await row.getByText('二段階認証あり').waitFor();
    await row.getByRole('button', { name: `二段階認証をリセット: mfa-reviewer-${stamp}` }).click();
    const dialog = adminPage.getByRole('dialog');
    await dialog.waitFor();
    await axeClean(adminPage, 'users (confirming the reset)');
    await dialog.getByRole('button', { name: '二段階認証をリセット' }).click();
    await adminPage.getByText(`「mfa-reviewer-${stamp}」の二段階認証をリセットしました。`).waitFor();
    expect(await row.getByText('二段階認証あり').count()).toBe(0);
    const again = await web.person(null);
    await signIn(again, reviewer.email, FIXTURE_PASSWORD);
    await again.waitForURL((url) => url.pathname === '/account/two-step');
  });
});
