import type { Page } from 'playwright-core';
import {
  ApiClient,
  FIXTURE_PASSWORD,
  must,
  saveScreenshot,
  seriousAccessibilityViolations,
  signIn,
  type SmtpSink,
  startSmtpSink,
  waitFor,
} from '@kyodo/testing';
import { browserSuite } from './pages/harness';

const NEW_PASSWORD = 'a-new-password-of-mine';

/**
 * Accounts in a real browser (issue 19): a forgotten password reset from the e-mail in a real SMTP sink; an
 * administrator deactivates a reviewer, whose next request is refused; an initial password changed at first
 * sign-in; a password changed on /account and another sign-in ended there. axe on every new page.
 */
describe('accounts in the browser', () => {
  let sink: SmtpSink;
  // Before the suite's system starts (jest runs the beforeAlls in order): the system sends its mail here.
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  const web = browserSuite({ municipality: '藤沢市', settings: () => ({ SMTP_URL: sink.url }) });
  afterAll(async () => {
    await sink?.stop();
  });
  const stamp = Date.now().toString(36);

  const axeClean = async (page: Page, name: string) => {
    expect({ page: name, violations: await seriousAccessibilityViolations(page) }).toEqual({
      page: name,
      violations: [],
    });
  };
  const api = () => new ApiClient(web.system.baseUrl);
  const canSignIn = async (email: string, password: string) =>
    (await api().post('/api/v1/auth/login', { email, password })).status;

  it('resets a forgotten password from the e-mailed link and signs in with the new one', async () => {
    const person = await web.x.addUser(`forgetful-${stamp}`, web.x.groupAId, 'proposer');
    const page = await web.person(null);
    await page.goto('/login');
    await page.getByRole('link', { name: 'パスワードを忘れた方はこちら' }).click();
    await page.waitForURL((url) => url.pathname === '/password-reset');
    expect(await page.locator('h1').textContent()).toBe('パスワードを忘れた方');
    await axeClean(page, 'password reset request');
    await page.locator('#reset-email').fill(person.email);
    await page.locator('#reset-submit').click();
    await page.locator('#reset-sent').waitFor();
    expect(await page.locator('#reset-sent').textContent()).toBe(
      '入力されたメールアドレスが登録されている場合、パスワード再設定のためのメールを送りました。メールのリンクは60分間、1回だけ使えます。',
    );
    await axeClean(page, 'password reset request (sent)');

    await waitFor(async () => sink.to(person.email).length >= 1, 20_000);
    const link = /https?:\/\/\S+\/password-reset\/[A-Za-z0-9_-]+/.exec(sink.to(person.email)[0]!.text ?? '')![0];
    // The mail names the public address; the browser opens the same path on the system it talks to.
    await page.goto(new URL(link).pathname);
    await page.locator('#reset-new').waitFor();
    await axeClean(page, 'password reset confirm');
    await page.locator('#reset-new').fill('short');
    await page.locator('#reset-confirm').fill('short');
    await page.locator('#reset-set').click();
    expect(await page.locator('#reset-new-error').textContent()).toContain('12文字以上');
    await page.locator('#reset-new').fill(NEW_PASSWORD);
    await page.locator('#reset-confirm').fill(NEW_PASSWORD);
    await page.locator('#reset-set').click();
    await page.getByText('新しいパスワードを設定しました').waitFor();
    await axeClean(page, 'password reset confirm (done)');
    await page.getByRole('link', { name: 'ログイン', exact: true }).last().click();
    await page.waitForURL((url) => url.pathname === '/login');
    await signIn(page, person.email, NEW_PASSWORD);
    expect(new URL(page.url()).pathname).toBe('/workspace');
    expect(await canSignIn(person.email, FIXTURE_PASSWORD)).toBe(401);

    // The link is used up: the page says so and leads back to asking for another.
    await page.goto(new URL(link).pathname);
    await page.locator('#reset-new').fill(`${NEW_PASSWORD}-2`);
    await page.locator('#reset-confirm').fill(`${NEW_PASSWORD}-2`);
    await page.locator('#reset-set').click();
    await page.getByRole('link', { name: 'パスワード再設定のメールをもう一度送る' }).waitFor();
    await axeClean(page, 'password reset confirm (used link)');
  });

  it('lets the administrator deactivate a reviewer, whose next request is refused', async () => {
    const reviewer = await web.x.addUser(`leaving-${stamp}`, web.x.departmentId, 'reviewer');
    const reviewerPage = await web.person(null);
    // The reviewer's access token, as the page sends it (it lives in the page's memory only).
    let token: string | null = null;
    reviewerPage.on('request', (request) => {
      const authorization = request.headers().authorization;
      if (authorization?.startsWith('Bearer ')) token = authorization.slice('Bearer '.length);
    });
    await signIn(reviewerPage, reviewer.email, FIXTURE_PASSWORD);
    await reviewerPage.waitForURL((url) => url.pathname === '/review');
    await reviewerPage.locator('h1').waitFor();
    await waitFor(async () => token !== null);
    const oldToken = token!;
    expect((await api().as(oldToken).get('/api/v1/me')).status).toBe(200);

    const admin = await web.person('admin');
    await admin.goto('/console/admin/users');
    const row = admin.locator('#users-table tr', { hasText: reviewer.email });
    await row.waitFor();
    expect(await row.locator('td[data-status]').textContent()).toBe('有効');
    await axeClean(admin, 'users with actions');
    await row.getByRole('button', { name: `無効にする: leaving-${stamp}` }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.waitFor();
    await axeClean(admin, 'users (confirming deactivation)');
    await dialog.getByRole('button', { name: '無効にする' }).click();
    await row.locator('td[data-status="statusInactive"]').waitFor();
    expect(await row.locator('td[data-status]').textContent()).toBe('無効');
    await admin.getByText(`「leaving-${stamp}」を無効にしました。`).waitFor();
    // The administrator's own row offers no deactivation.
    const own = admin.locator('#users-table tr', { hasText: web.x.emailOf('admin') });
    expect(await own.getByRole('button', { name: /無効にする/ }).count()).toBe(0);
    await saveScreenshot(admin, 'console-admin-users-actions');

    expect((await api().as(oldToken).get('/api/v1/me')).status).toBe(401);
    await reviewerPage.reload();
    await reviewerPage.waitForURL((url) => url.pathname === '/login');
    expect(await canSignIn(reviewer.email, FIXTURE_PASSWORD)).toBe(401);
  });

  it('lets the administrator end a user’s sign-ins, remove a role, reactivate, and shows a refusal', async () => {
    const person = await web.x.addUser(`helper-${stamp}`, web.x.departmentId, 'reviewer');
    const second = await api().login(person.email, FIXTURE_PASSWORD);
    const admin = await web.person('admin');
    await admin.goto('/console/admin/users');
    const row = admin.locator('#users-table tr', { hasText: person.email });
    await row.waitFor();
    const dialog = admin.getByRole('dialog');

    await row.getByRole('button', { name: `ログインを終了させる: helper-${stamp}` }).click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'ログインを終了させる' }).click();
    await admin.getByText(`「helper-${stamp}」のログインを2件終了させました。`).waitFor();
    expect((await person.client.get('/api/v1/me')).status).toBe(401);
    expect((await second.get('/api/v1/me')).status).toBe(401);

    await row.getByRole('button', { name: new RegExp(`^役割を外す: helper-${stamp} 審査員`) }).click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '役割を外す' }).click();
    await row.getByText('なし', { exact: true }).waitFor();
    const listed = (await must(web.x.admin.get('/api/v1/users'))).find((u: { id: string }) => u.id === person.id);
    expect(listed.memberships).toEqual([]);

    await must(web.x.admin.post(`/api/v1/users/${person.id}/deactivate`, {}));
    await admin.reload();
    await row.locator('td[data-status="statusInactive"]').waitFor();
    await row.getByRole('button', { name: `有効にする: helper-${stamp}` }).click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '有効にする' }).click();
    await row.locator('td[data-status="statusActive"]').waitFor();
    expect(await canSignIn(person.email, FIXTURE_PASSWORD)).toBe(200);

    // The API refuses the administrator's own admin role: its words, in an alert.
    const own = admin.locator('#users-table tr', { hasText: web.x.emailOf('admin') });
    await own.getByRole('button', { name: /^役割を外す: admin 管理者/ }).click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '役割を外す' }).click();
    const alert = admin.locator('.notice-error[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('自分の管理者権限を外したりすることはできません');
    await axeClean(admin, 'users (refused)');
  });

  it('sends a user created with an initial password to change it at first sign-in, then home', async () => {
    const email = `initial-${stamp}@kyodo.test`;
    const admin = await web.person('admin');
    await admin.goto('/console/admin/users');
    await admin.locator('#user-displayName').fill('初期 花子');
    await admin.locator('#user-email').fill(email);
    await admin.locator('#user-password').fill(FIXTURE_PASSWORD);
    expect(await admin.locator('#user-mustChangePassword').isChecked()).toBe(true);
    await admin.locator('#user-submit').click();
    const row = admin.locator('#users-table tr', { hasText: email });
    await row.waitFor();
    expect(await row.locator('td[data-status]').textContent()).toBe('初期パスワード未変更');
    const created = (await must(web.x.admin.get('/api/v1/users'))).find((u: { email: string }) => u.email === email);
    await must(
      web.x.admin.post(`/api/v1/organizations/${web.x.departmentId}/members`, { userId: created.id, role: 'reviewer' }),
    );

    const page = await web.person(null);
    await signIn(page, email, FIXTURE_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/account/password');
    expect(await page.locator('h1').textContent()).toBe('初回ログインのため、パスワードを変更してください');
    await axeClean(page, 'forced password change');
    // Any other page sends the person back.
    await page.goto('/review');
    await page.waitForURL((url) => url.pathname === '/account/password');
    await page.locator('#password-current').fill(FIXTURE_PASSWORD);
    await page.locator('#password-new').fill(NEW_PASSWORD);
    await page.locator('#password-confirm').fill(`${NEW_PASSWORD}x`);
    await page.locator('#password-submit').click();
    expect(await page.locator('#password-confirm-error').textContent()).toContain('同じパスワード');
    await page.locator('#password-confirm').fill(NEW_PASSWORD);
    await page.locator('#password-submit').click();
    await page.waitForURL((url) => url.pathname === '/review');
    await page.locator('h1').waitFor();
    const listed = (await must(web.x.admin.get('/api/v1/users'))).find((u: { email: string }) => u.email === email);
    expect(listed.mustChangePassword).toBe(false);
  });

  it('changes the password on /account and ends another sign-in', async () => {
    const person = await web.x.addUser(`owner-${stamp}`, web.x.groupAId, 'proposer');
    const laptop = person.client;
    const phone = await api().login(person.email, FIXTURE_PASSWORD);
    const laptopFamily = (await must(laptop.get('/api/v1/me/sessions'))).find(
      (s: { current: boolean }) => s.current,
    ).familyId;

    const page = await web.person(null);
    await signIn(page, person.email, FIXTURE_PASSWORD);
    await page.getByRole('link', { name: 'アカウント', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/account');
    await page.locator('#account-email').waitFor();
    expect(await page.locator('#account-email').textContent()).toBe(person.email);
    const rows = page.locator('#sign-ins-table tbody tr');
    await waitFor(async () => (await rows.count()) === 3);
    expect(await page.locator('#sign-ins-table tr[data-current="true"]').textContent()).toContain('この端末');
    // Chrome on Linux, summarised from the User-Agent.
    expect(await page.locator('#sign-ins-table tr[data-current="true"] th').textContent()).toContain('Chrome');
    await axeClean(page, 'account');
    await saveScreenshot(page, 'account');

    await page.locator(`#sign-ins-table tr[data-family="${laptopFamily}"]`).getByRole('button').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'ログアウトさせる' }).click();
    await page.locator(`#sign-ins-table tr[data-family="${laptopFamily}"]`).waitFor({ state: 'detached' });
    expect((await laptop.get('/api/v1/me')).status).toBe(401);
    expect((await phone.get('/api/v1/me')).status).toBe(200);

    await page.locator('#password-current').fill('not-my-password');
    await page.locator('#password-new').fill(NEW_PASSWORD);
    await page.locator('#password-confirm').fill(NEW_PASSWORD);
    await page.locator('#password-submit').click();
    await page.locator('#password-current-error').waitFor();
    await axeClean(page, 'account (wrong current password)');
    await page.locator('#password-current').fill(FIXTURE_PASSWORD);
    await page.locator('#password-new').fill(NEW_PASSWORD);
    await page.locator('#password-confirm').fill(NEW_PASSWORD);
    await page.locator('#password-submit').click();
    await page.getByText('パスワードを変更しました。ほかの端末のログインは終了しました。').waitFor();
    expect((await phone.get('/api/v1/me')).status).toBe(401);
    await waitFor(async () => (await rows.count()) === 1);
    // This sign-in goes on, and the new password is the one that works.
    await page.reload();
    await page.locator('#account-email').waitFor();
    expect(new URL(page.url()).pathname).toBe('/account');
    expect(await canSignIn(person.email, NEW_PASSWORD)).toBe(200);
    expect(await canSignIn(person.email, FIXTURE_PASSWORD)).toBe(401);
  });

  it('changes the e-mail address from /account through the link sent to the new one', async () => {
    const person = await web.x.addUser(`mover-${stamp}`, web.x.groupAId, 'proposer');
    const newEmail = `moved-${stamp}@kyodo.test`;
    const page = await web.person(null);
    await signIn(page, person.email, FIXTURE_PASSWORD);
    await page.getByRole('link', { name: 'アカウント', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/account');
    await page.locator('#email-new').waitFor();
    await page.locator('#email-new').fill('not-an-address');
    await page.locator('#email-submit').click();
    expect(await page.locator('#email-new-error').textContent()).toContain(
      '新しいメールアドレスを正しく入力してください',
    );
    await page.locator('#email-new').fill(newEmail);
    await page.locator('#email-password').fill(FIXTURE_PASSWORD);
    await page.locator('#email-submit').click();
    await page.getByText(`${newEmail} に確認のメールを送りました。`, { exact: false }).waitFor();
    await axeClean(page, 'account (e-mail change sent)');
    expect(await page.locator('#account-email').textContent()).toBe(person.email);

    await waitFor(async () => sink.to(newEmail).length >= 1, 20_000);
    const link = /https?:\/\/\S+\/email-change\/[A-Za-z0-9_-]+/.exec(sink.to(newEmail)[0]!.text ?? '')![0];
    await page.goto(new URL(link).pathname);
    await page.getByText(`メールアドレスを ${newEmail} に変更しました。`, { exact: false }).waitFor();
    await axeClean(page, 'e-mail change confirmed');
    expect(await canSignIn(newEmail, FIXTURE_PASSWORD)).toBe(200);
    expect(await canSignIn(person.email, FIXTURE_PASSWORD)).toBe(401);
    // Opened again: used up, said in Japanese.
    await page.goto(new URL(link).pathname);
    await page
      .getByText('このリンクは無効か、有効期限が切れているか、すでに使われています。', { exact: false })
      .waitFor();
  });
});
