import type { Page } from 'playwright-core';
import {
  ApiClient,
  minimalPdf,
  must,
  seriousAccessibilityViolations,
  signIn,
  type SmtpSink,
  startSmtpSink,
  waitFor,
} from '@kyodo/testing';
import { browserSuite } from './pages/harness';
import { createAndSubmitProposal } from './pages/proposer';

const PASSWORD = 'kodomo-shokudo-2026';
const GROUP = 'ふじさわ子ども食堂ネット';

/**
 * 団体登録 in a real browser (issue 19): a citizen group registers itself in Japanese from the portal, opens the
 * link of the e-mail in a real SMTP sink, the secretariat approves it in the console, and the group's
 * representative signs in and submits a proposal to the open call. axe on every new page.
 */
describe('group registration in the browser', () => {
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  const web = browserSuite({ municipality: '藤沢市', settings: () => ({ SMTP_URL: sink.url }) });
  afterAll(async () => {
    await sink?.stop();
  });

  const axeClean = async (page: Page, name: string) => {
    expect({ page: name, violations: await seriousAccessibilityViolations(page) }).toEqual({
      page: name,
      violations: [],
    });
  };

  it('registers a group, confirms its e-mail, is approved, and its representative submits a proposal', async () => {
    const email = `kodomo-${Date.now().toString(36)}@kyodo.test`;
    const group = await web.person(null);
    await group.goto(`/?m=${web.x.municipalityCode}`);
    await group.locator('.card a', { hasText: '団体登録' }).click();
    await group.waitForURL((url) => url.pathname === '/group-registration');
    await group.locator('h1', { hasText: '団体登録' }).waitFor();
    await group.locator('input[name=activityFields]').first().waitFor();
    await axeClean(group, 'group registration');

    // Nothing filled in: every missing field is named, and nothing is sent.
    await group.locator('#registration-submit').click();
    await group.locator('#registration-nameJa-error').waitFor();
    expect(await group.locator('#registration-activityFields-error').textContent()).toBe(
      '活動分野を1つ以上選んでください',
    );

    const fill = (name: string, value: string) => group.locator(`#registration-${name}`).fill(value);
    await fill('nameJa', GROUP);
    await fill('nameKana', 'フジサワコドモショクドウネット');
    await fill('postalCode', '251-0052');
    await fill('address', '神奈川県藤沢市藤沢1-1');
    await fill('representativeName', '藤沢 一郎');
    await fill('representativeTitle', '代表');
    await fill('contactName', '湘南 さくら');
    await fill('contactPhone', '0466-00-0000');
    await fill('email', email);
    await group.locator('input[name=activityFields][value=child_development]').check();
    await group.locator('input[name=activityFields][value=health_welfare]').check();
    await group
      .locator('#registration-rules')
      .setInputFiles({ name: '会則.pdf', mimeType: 'application/pdf', buffer: minimalPdf('会則') });
    await fill('password', PASSWORD);
    await fill('confirmation', PASSWORD);
    await group.locator('#registration-submit').click();
    await group.locator('#registration-sent').waitFor();
    expect(await group.locator('#registration-sent').textContent()).toContain(`${email} に確認のメールを送りました`);
    await axeClean(group, 'group registration (sent)');

    await waitFor(async () => sink.to(email).length >= 1, 20_000);
    const mail = sink.to(email)[0]!;
    expect(mail.subject).toBe('【Kyodo】団体登録：メールアドレスの確認');
    const link = /https?:\/\/\S+\/group-registration\/confirm\/[A-Za-z0-9_-]+/.exec(mail.text ?? '')![0];
    // The mail names the public address; the browser opens the same path on the system it talks to.
    await group.goto(new URL(link).pathname);
    await group.locator('#registration-confirmed').waitFor();
    await axeClean(group, 'group registration confirmed');
    // Not before approval: the sign-in fails as with a wrong password.
    const early = await new ApiClient(web.system.baseUrl).post('/api/v1/auth/login', { email, password: PASSWORD });
    expect(early.status).toBe(401);

    const secretariat = await web.person('secretariat');
    await secretariat.goto('/console');
    await secretariat.getByRole('link', { name: '団体登録の審査' }).click();
    await secretariat.waitForURL((url) => url.pathname === '/console/group-registrations');
    await secretariat.getByRole('link', { name: GROUP }).waitFor();
    await axeClean(secretariat, 'group registrations');
    await secretariat.getByRole('link', { name: GROUP }).click();
    await secretariat.locator('#registration-approve').waitFor();
    expect(await secretariat.locator('#registration-rules').textContent()).toContain('会則.pdf');
    await axeClean(secretariat, 'group registration review');
    // Returning needs reasons.
    await secretariat.locator('#registration-return').click();
    await secretariat.locator('#registration-reasons-error').waitFor();
    await secretariat.locator('#registration-approve').click();
    await secretariat.locator('dialog[open] button[data-confirm]').click();
    await secretariat.locator('.status', { hasText: '承認済' }).waitFor();
    await waitFor(async () => sink.to(email).some((m) => m.subject === '【Kyodo】団体登録が承認されました'), 20_000);

    const representative = await web.person(null);
    await signIn(representative, email, PASSWORD);
    expect(new URL(representative.url()).pathname).toBe('/workspace');
    const { proposalId, receiptNumber } = await createAndSubmitProposal(representative, {
      callTitle: '令和8年度 協働事業提案制度',
      title: '子ども食堂のネットワークづくり',
    });
    expect(receiptNumber).not.toBe('');
    const submitted = await must(web.x.secretariat.get(`/api/v1/proposals/${proposalId}`));
    expect(submitted.state).toBe('submitted.screening');
    const approved = await must(web.x.secretariat.get('/api/v1/group-registrations?status=approved'));
    const registration = approved.find((r: { email: string }) => r.email === email);
    expect(submitted.organizationId).toBe(registration.organizationId);
  });
});
