import type { Page } from 'playwright-core';
import { minimalPdf, must, saveScreenshot, seriousAccessibilityViolations } from '@kyodo/testing';
import { browserSuite } from './pages/harness';
import { openStep, startDraft } from './pages/proposer';

const CALL_TITLE = '令和8年度 協働事業提案制度';
/** The smallest PNG a browser draws: 1×1, one grey pixel. */
const EMBLEM = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * Pages people expect (issue 17): the call's 募集要項 put on the call by the secretariat and downloaded by proposers
 * and the public; the secretariat's contact and the emblem on the portal; names in Japanese only; the budget table
 * on a phone. Each page checked with axe.
 */
describe('pages people expect', () => {
  const web = browserSuite({ municipality: '藤沢市' });

  const axeClean = async (page: Page, name: string) =>
    expect({ page: name, violations: await seriousAccessibilityViolations(page) }).toEqual({
      page: name,
      violations: [],
    });

  it('puts the 募集要項 on the call, lists it to proposers and the public, and serves the file', async () => {
    const page = await web.person('secretariat');
    await page.goto(`/console/calls/${web.x.callId}`);
    await page.locator('#call-documents-heading').waitFor();
    // A title is required before anything is sent.
    await page.locator('#call-document-form button[type=submit]').click();
    await page.locator('#call-document-title-error').waitFor();
    expect(await must(web.x.secretariat.get(`/api/v1/calls/${web.x.callId}/documents`))).toEqual([]);

    await page.locator('#call-document-title').fill('募集要項');
    await page.locator('#call-document-file').setInputFiles({
      name: '令和8年度募集要項.pdf',
      mimeType: 'application/pdf',
      buffer: minimalPdf(),
    });
    await page.locator('#call-document-form button[type=submit]').click();
    await page.locator('.call-document', { hasText: '募集要項' }).waitFor();
    await axeClean(page, 'call editor with documents');
    await saveScreenshot(page, 'console-call-documents');

    const proposer = await web.person('proposer-a');
    await proposer.goto('/workspace');
    const card = proposer.locator('.card', { hasText: CALL_TITLE });
    await card.locator('.call-document', { hasText: '令和8年度募集要項.pdf' }).waitFor();
    await axeClean(proposer, 'workspace with documents');

    const visitor = await web.person(null);
    await visitor.goto(`/calls?m=${web.x.municipalityCode}`);
    const link = visitor.getByRole('link', { name: /募集要項をダウンロード/ });
    await link.waitFor();
    const file = await visitor.request.get((await link.getAttribute('href'))!);
    expect(file.status()).toBe(200);
    expect((await file.body()).equals(minimalPdf())).toBe(true);
    await axeClean(visitor, 'public call page');
  });

  it('shows the secretariat’s contact and the emblem the administrator set, and refuses an SVG emblem', async () => {
    const page = await web.person('admin');
    await page.goto('/console');
    await page.locator('nav.console-nav').getByRole('link', { name: '公開ページの表示', exact: true }).click();
    await page.locator('#contact-departmentJa').waitFor();
    await axeClean(page, 'municipality settings');
    await page.locator('#contact-departmentJa').fill('市民自治推進課');
    await page.locator('#contact-phone').fill('でんわ');
    await page.locator('#contact-submit').click();
    await page.locator('#contact-phone-error').waitFor();
    expect((await must(web.x.admin.get('/api/v1/municipality-settings'))).contact.departmentJa).toBe('');
    await page.locator('#contact-phone').fill('0466-25-1111');
    await page.locator('#contact-email').fill('kyodo@city.fujisawa.example.lg.jp');
    await page.locator('#contact-hoursJa').fill('平日 8:30〜17:15');
    await page.locator('#contact-submit').click();
    await page.getByText('お問い合わせ先を保存しました。').waitFor();

    await page.locator('#emblem-file').setInputFiles({
      name: 'emblem.svg',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    });
    await page.locator('#emblem-upload').click();
    await page.getByText('SVG は使えません').first().waitFor();
    expect((await must(web.x.admin.get('/api/v1/municipality-settings'))).emblem).toBeNull();
    await page.locator('#emblem-file').setInputFiles({ name: 'emblem.png', mimeType: 'image/png', buffer: EMBLEM });
    await page.locator('#emblem-upload').click();
    await page.getByText('紋章を設定しました。').waitFor();
    await axeClean(page, 'municipality settings (saved)');
    await saveScreenshot(page, 'console-municipality-settings');

    const visitor = await web.person(null);
    await visitor.goto(`/calls?m=${web.x.municipalityCode}`);
    const emblem = visitor.locator('#public-banner img');
    await emblem.waitFor();
    // The element appears before its picture arrives: wait for the load, and a broken image
    // (complete with no width) never satisfies this, so the wait fails on it.
    await emblem.evaluate(
      (img: HTMLImageElement) =>
        new Promise<void>((resolve, reject) => {
          const check = () =>
            img.complete && img.naturalWidth > 0
              ? resolve()
              : img.complete
                ? reject(new Error('emblem did not load'))
                : undefined;
          img.addEventListener('load', check);
          img.addEventListener('error', () => reject(new Error('emblem did not load')));
          check();
        }),
    );
    expect(await emblem.evaluate((img: HTMLImageElement) => img.naturalWidth > 0)).toBe(true);
    const footer = visitor.locator('footer.public-footer');
    await footer.getByText('市民自治推進課').waitFor();
    expect(await footer.innerText()).toContain('0466-25-1111');
    // The open call names whom to ask, too.
    await visitor.locator('.card', { hasText: CALL_TITLE }).getByRole('heading', { name: 'お問い合わせ先' }).waitFor();
    await axeClean(visitor, 'public calls with contact');
    await saveScreenshot(visitor, 'public-calls-contact');
  });

  it('registers an organisation with its Japanese name only, and shows a call without an English name in Japanese', async () => {
    const page = await web.person('admin');
    await page.goto('/console/admin/organizations');
    await page.locator('#org-nameEn').waitFor();
    expect(await page.locator('label[for=org-nameEn]').innerText()).toContain('英語名（任意）');
    await page.locator('#org-nameJa').fill('藤沢こども食堂の会');
    await page.locator('#org-submit').click();
    await page.locator('#organizations-table tr', { hasText: '藤沢こども食堂の会' }).waitFor();
    const organizations = await must(web.x.admin.get('/api/v1/organizations'));
    expect(organizations.find((o: { nameJa: string }) => o.nameJa === '藤沢こども食堂の会')).toMatchObject({
      nameEn: '',
    });

    const call = await must(web.x.secretariat.get(`/api/v1/calls/${web.x.callId}`));
    await must(
      web.x.secretariat.request(
        'PATCH',
        `/api/v1/calls/${web.x.callId}`,
        { titleEn: '' },
        { 'if-match': `"${call.version}"` },
      ),
    );
    const english = await web.person(null, { locale: 'en' });
    await english.goto(`/calls?m=${web.x.municipalityCode}`);
    await english.getByRole('heading', { name: CALL_TITLE }).waitFor();
    await axeClean(english, 'public calls in English');
  });

  it('keeps every amount of the budget table in view on a 390 px phone', async () => {
    const page = await web.person('proposer-a', { phone: true });
    await startDraft(page, CALL_TITLE, '藤沢の見守りネットワーク');
    await openStep(page, '予算');
    for (let i = 0; i < 2; i++) await page.locator('#p-budget').click();
    await page.locator('#p-budget-0-kind').selectOption('income');
    await page.locator('#p-budget-0-item').fill('協働事業負担金');
    await page.locator('#p-budget-0-amount').fill('1200000');
    await page.locator('#p-budget-1-item').fill('会場使用料と保険料と消耗品費');
    await page.locator('#p-budget-1-amount').fill('1200000');
    for (const id of ['#p-budget-0-amount', '#p-budget-1-amount']) {
      const box = (await page.locator(id).boundingBox())!;
      expect({ id, left: box.x >= 0, right: box.x + box.width <= 390, width: box.width >= 80 }).toEqual({
        id,
        left: true,
        right: true,
        width: true,
      });
    }
    // Nothing to scroll sideways: the table fits its frame, and the totals are on screen.
    const frame = page.locator('.budget-table').locator('xpath=..');
    expect(await frame.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const total = page.locator('.budget-table tfoot td').first();
    expect(await total.innerText()).toContain('1,200,000');
    const totalBox = (await total.boundingBox())!;
    expect(totalBox.x + totalBox.width).toBeLessThanOrEqual(390);
    await axeClean(page, 'budget on a phone');
    await saveScreenshot(page, 'workspace-budget-phone');
  });
});
