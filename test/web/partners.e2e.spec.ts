import { type ApiClient, must, saveScreenshot, seriousAccessibilityViolations, waitFor } from '@kyodo/testing';
import { openCall } from '../support/adopted-projects';
import { browserSuite } from './pages/harness';
import { startDraft } from './pages/proposer';

const CALL = '2027年度 協働事業提案制度';
const GROUP_A = 'NPO法人 かまくら子ども食堂ネット';

/**
 * Both sides of a partnership as records, in a real browser: a group keeps its 団体情報 from its workspace, and a
 * department's proposer names the group it works with (協働相手) on its draft.
 */
describe('団体情報 and partner groups (協働相手)', () => {
  const web = browserSuite();
  let kikaku: ApiClient;

  beforeAll(async () => {
    kikaku = (await web.x.addUser('kikaku', web.x.departmentId, 'proposer')).client;
    await openCall(web.x, 2027, { continuationAllowed: false });
  }, 240_000);

  it('lets a group keep its contact details from its workspace, stopping a wrong postal code first', async () => {
    const page = await web.person('proposer-a');
    await page.goto('/workspace');
    await page.getByRole('link', { name: `${GROUP_A}　団体情報（連絡先）` }).click();
    await page.waitForURL(/\/workspace\/organizations\/[0-9a-f-]{36}$/);
    await page.locator('#organization-postalCode').fill('2480');
    await page.locator('#organization-address').fill('神奈川県鎌倉市御成町1-2');
    await page.locator('#organization-phone').fill('0467-00-1234');
    await page.locator('#organization-representativeTitle').fill('理事長');
    await page.locator('#organization-representativeName').fill('鎌倉 花子');
    await page.getByRole('button', { name: '団体情報を保存' }).click();
    expect(await page.locator('#organization-postalCode-error').innerText()).toContain('123-4567');
    expect((await must(web.x.proposerA.get(`/api/v1/organizations/${web.x.groupAId}/profile`))).contact.phone).toBe('');

    await page.locator('#organization-postalCode').fill('248-0012');
    await page.getByRole('button', { name: '団体情報を保存' }).click();
    await page.getByText('団体情報を保存しました。').waitFor();
    const saved = await must(web.x.proposerA.get(`/api/v1/organizations/${web.x.groupAId}/profile`));
    expect(saved.contact).toMatchObject({
      postalCode: '248-0012',
      address: '神奈川県鎌倉市御成町1-2',
      phone: '0467-00-1234',
      representativeTitle: '理事長',
      representativeName: '鎌倉 花子',
      email: '',
    });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'workspace-organization-profile');
  });

  it('lets a department’s proposer name the group it works with on its draft', async () => {
    const page = await web.person('kikaku');
    const id = await startDraft(page, CALL, '子どもの見守り協働事業');
    const picker = page.locator('form[aria-labelledby=partner-groups-heading]');
    await picker.waitFor();
    // Citizen groups only: the departments are partners of another kind.
    expect(await picker.getByLabel('こども家庭課').count()).toBe(0);
    await picker.getByLabel(GROUP_A).check();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'workspace-partner-groups');
    await picker.getByRole('button', { name: '協働相手を保存' }).click();
    await picker.getByText('協働相手を保存しました。').waitFor();
    // A draft is the department's own until it is submitted: read it as its proposer does.
    await waitFor(
      async () => (await must(kikaku.get(`/api/v1/proposals/${id}`))).partnerGroupIds.join() === web.x.groupAId,
      10_000,
    );
    await page.reload();
    await page.locator('form[aria-labelledby=partner-groups-heading]').waitFor();
    expect(await page.getByLabel(GROUP_A).isChecked()).toBe(true);
  });
});
