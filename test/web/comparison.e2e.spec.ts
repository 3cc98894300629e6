import type { Page } from 'playwright-core';
import {
  ApiClient,
  completeProposalContent,
  createMunicipality,
  move,
  must,
  type MunicipalityFixture,
  seriousAccessibilityViolations,
} from '@kyodo/testing';
import { openCall } from '../support/adopted-projects';
import { browserSuite } from './pages/harness';

/** A proposal of group A received (submitted) in a call of this fiscal year: the municipality has a year to show. */
async function receivedProposal(x: MunicipalityFixture): Promise<void> {
  const callId = await openCall(x, 2026, { continuationAllowed: false });
  const draft = await must(
    x.proposerA.post(`/api/v1/calls/${callId}/proposals`, {
      organizationId: x.groupAId,
      title: '比較のための提案',
      content: completeProposalContent(),
    }),
  );
  await move(x.proposerA, draft.id, 'SUBMIT');
}

/**
 * 自治体間比較 in the browser (issue 21.4): a municipality's administrator joins the comparison on the settings page;
 * a resident reaches the comparison page from the portal's top and finds that municipality, and not one that has
 * not joined, with the dataset's downloads; axe on both pages.
 */
describe('the comparison across municipalities in the browser', () => {
  const web = browserSuite({ municipality: '比較市' });
  const OTHER = '参加しない村';

  beforeAll(async () => {
    await receivedProposal(web.x);
    await receivedProposal(await createMunicipality(new ApiClient(web.system.baseUrl), OTHER));
  }, 60_000);

  const axeClean = async (page: Page, name: string) => {
    expect({ page: name, violations: await seriousAccessibilityViolations(page) }).toEqual({
      page: name,
      violations: [],
    });
  };

  it('an administrator joins; the public page lists that municipality only', async () => {
    const before = await web.person(null);
    await before.goto('/compare');
    await before.getByRole('heading', { level: 1, name: '自治体間比較' }).waitFor();
    await before.getByText('まだ自治体間比較に参加している自治体はありません。').waitFor();

    const admin = await web.person('admin');
    await admin.goto('/console/admin/municipality-settings');
    await admin.getByRole('heading', { level: 2, name: '自治体間比較への参加' }).waitFor();
    const box = admin.getByLabel('自治体間比較に参加する');
    expect(await box.isChecked()).toBe(false);
    await box.check();
    const form = admin.getByRole('form', { name: '自治体間比較への参加' });
    // A code whose check digit is wrong is refused beside its field, in Japanese, before anything is sent.
    await admin.locator('#comparison-code').fill('142043');
    await form.getByRole('button', { name: '保存する' }).click();
    await admin.locator('#comparison-code-error').waitFor();
    expect(await admin.locator('#comparison-code-error').innerText()).toContain('検査数字');
    expect(await admin.locator('#comparison-code').getAttribute('aria-invalid')).toBe('true');
    await axeClean(admin, 'municipality settings (wrong code)');
    await admin.locator('#comparison-code').fill('142042');
    await form.getByRole('button', { name: '保存する' }).click();
    await admin.getByText('自治体間比較に参加しました。').waitFor();
    await axeClean(admin, 'municipality settings');

    // A visit of its own: the portal keeps what it read for a while, as the API's max-age of 60 s allows.
    const resident = await web.person(null);
    await resident.goto('/');
    await resident.getByRole('link', { name: '自治体間比較' }).click();
    await resident.getByRole('heading', { level: 1, name: '自治体間比較' }).waitFor();
    await resident.getByRole('link', { name: /比較データをダウンロード：CSV（Shift_JIS）/ }).waitFor();
    await resident.locator('#comparison-table tbody th', { hasText: '比較市' }).waitFor();
    expect(await resident.locator('#comparison-table tbody th').allInnerTexts()).toEqual(['比較市']);
    // 提案件数 1, 審査中 1: the received proposal, counted and not named.
    const cells = await resident.locator('#comparison-table tbody tr').first().locator('td').allInnerTexts();
    expect(cells.slice(0, 4)).toEqual(['1', '0', '0', '1']);
    expect(await resident.getByText('比較のための提案').count()).toBe(0);
    expect(await resident.getByText(OTHER).count()).toBe(0);
    await resident.getByRole('link', { name: '比較市の統計' }).waitFor();
    await axeClean(resident, 'comparison');
  });
});
