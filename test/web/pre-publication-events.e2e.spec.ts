import type { Page } from 'playwright-core';
import { move, must, saveScreenshot, seriousAccessibilityViolations } from '@kyodo/testing';
import { browserSuite } from './pages/harness';
import { REPORT, callWithEveryStep, draft, fieldErrors, pressAndConfirm, provisionallyAdopted } from './pages/events';

/**
 * The events before publication that only the API offered until issue 17, each sent from its page as the person
 * it is for would: 事前相談 on a draft, the partner department's 協議結果報告書 from its list of requests (and the
 * secretariat's from its proposal page), 予算成立 / 不成立 on a provisional adoption, 取下げ, and the submitted
 * versions with what changed between them. axe on every page; each refused attempt changes nothing.
 */
describe('events before publication, from their pages', () => {
  const suite = browserSuite({ municipality: '相模原市' });
  let callId: string;

  const axeClean = async (page: Page, name: string) => {
    expect({ page: name, violations: await seriousAccessibilityViolations(page) }).toEqual({
      page: name,
      violations: [],
    });
  };
  const stateOf = async (id: string) => (await must(suite.x.secretariat.get(`/api/v1/proposals/${id}`))).state;

  beforeAll(async () => {
    callId = await callWithEveryStep(suite.x);
  });

  it('records a pre-consultation on a draft of a call that has 事前相談, and offers none where the call has not', async () => {
    const { x } = suite;
    const id = await draft(x, callId, '子ども食堂の事前相談');
    const elsewhere = await must(
      x.proposerA.post(`/api/v1/calls/${x.callId}/proposals`, { organizationId: x.groupAId, title: '事前相談なし' }),
    );
    const before = (await must(x.proposerA.get(`/api/v1/proposals/${id}`))).version;
    const page = await suite.person('proposer-a');

    await page.goto(`/workspace/proposals/${elsewhere.id}`);
    await page.locator('h1').waitFor();
    await page.locator('#p-title, [id^=p-]').first().waitFor();
    expect(await page.locator('#pre-consultation-note').count()).toBe(0);

    await page.goto(`/workspace/proposals/${id}`);
    await page.locator('#pre-consultation-note').waitFor();
    await axeClean(page, 'workspace pre-consultation');
    await page.locator('button[data-event=RECORD_PRE_CONSULTATION]').click();
    expect(await fieldErrors(page, '.lifecycle-panel')).toEqual([
      expect.stringContaining('事前相談の内容を入力してください'),
    ]);
    expect((await must(x.proposerA.get(`/api/v1/proposals/${id}`))).version).toBe(before);

    await page.locator('#pre-consultation-note').fill('6月3日 こども家庭課と、会場と対象年齢について相談した。');
    await saveScreenshot(page, 'workspace-pre-consultation');
    await page.locator('button[data-event=RECORD_PRE_CONSULTATION]').click();
    await page.getByText('事前相談を記録しました。').waitFor();
    const after = await must(x.proposerA.get(`/api/v1/proposals/${id}`));
    expect({ state: after.state, version: after.version }).toEqual({ state: 'draft', version: before + 1 });
    expect(await page.locator('#pre-consultation-note').inputValue()).toBe('');
  });

  it('lets the partner department find the proposals waiting for its report and file one', async () => {
    const { x } = suite;
    const id = await draft(x, callId, '地域食堂と見守りの協働');
    await move(x.proposerA, id, 'SUBMIT');
    await move(x.secretariat, id, 'ACCEPT');
    expect(await stateOf(id)).toBe('consultation');

    // The department's staff land on their review desk, where the request waits.
    const page = await suite.person('department');
    await page.locator('#consultation-requests-heading').waitFor();
    await axeClean(page, 'review desk with consultation requests');
    await page.getByRole('link', { name: '地域食堂と見守りの協働', exact: true }).click();
    await page.locator('#consultation-heading').waitFor();
    await axeClean(page, 'consultation request');

    // Nothing filled: every required field says what is missing, and nothing is sent.
    await page.locator('button[data-event=FILE_CONSULTATION_REPORT]').click();
    expect(await fieldErrors(page, 'section[aria-labelledby=consultation-heading]')).toHaveLength(3);
    expect(await stateOf(id)).toBe('consultation');

    await page.locator('#consultation-opinion').fill(REPORT.opinion);
    await page.locator('#consultation-feasibility').fill(REPORT.feasibility);
    await page.locator('#consultation-budgetIntent').fill(REPORT.budgetIntent);
    await page.getByRole('button', { name: '条件を追加' }).click();
    await page.locator('#consultation-condition-0').fill('個人情報の取扱いを協定で定める');
    await saveScreenshot(page, 'review-consultation-request');
    await pressAndConfirm(page, 'FILE_CONSULTATION_REPORT');
    await page.getByText('協議結果報告書を提出しました。').first().waitFor();
    expect(await stateOf(id)).toBe('review');

    // Back on the desk, the answered request is gone.
    await page.goto('/review');
    await page.getByRole('heading', { name: /審査の担当一覧/ }).waitFor();
    await page.locator('h2', { hasText: /未提出/ }).waitFor();
    expect(await page.getByRole('link', { name: '地域食堂と見守りの協働', exact: true }).count()).toBe(0);
  });

  it('shows the secretariat and the proposer what changed between versions, and the secretariat files the report', async () => {
    const { x } = suite;
    const id = await draft(x, callId, '多世代交流サロンの運営');
    await move(x.proposerA, id, 'SUBMIT');
    await move(x.secretariat, id, 'RETURN', { reason: '【事業の概要】対象者を明記してください。' });
    const returned = await must(x.proposerA.get(`/api/v1/proposals/${id}`));
    await must(
      x.proposerA.patch(
        `/api/v1/proposals/${id}`,
        { content: { summary: '高齢者と小学生が週1回集う交流サロンを公民館で開く。' } },
        { 'if-match': `"${returned.version}"` },
      ),
    );
    await move(x.proposerA, id, 'RESUBMIT');
    await move(x.secretariat, id, 'ACCEPT');

    const page = await suite.person('secretariat');
    await page.goto(`/console/proposals/${id}`);
    await page.locator('#consultation-heading').waitFor();
    // Not the old dead end: the panel points to the report further down.
    expect(await page.getByText('この提案に今できる操作はありません。').count()).toBe(0);
    await page.getByText('今できる操作は、このページの下の欄にあります。').waitFor();

    await page.getByRole('link', { name: '提出された版と変更点を見る' }).click();
    await page.locator('table.diff-table').waitFor();
    await axeClean(page, 'console versions');
    expect(await page.locator('table.versions-table tbody tr').allInnerTexts()).toEqual([
      expect.stringMatching(/第1版\s+提出/),
      expect.stringMatching(/第2版\s+再提出/),
    ]);
    const row = page.locator('table.diff-table tr[data-field=summary]');
    expect(await page.locator('table.diff-table tbody tr').count()).toBe(1);
    expect(await row.locator('td.diff-after').innerText()).toContain('高齢者と小学生が週1回集う');
    await saveScreenshot(page, 'console-proposal-versions');
    // The same version twice has nothing to compare.
    await page.locator('#diff-from').selectOption('2');
    await page.getByText('同じ版どうしです。').waitFor();

    await page.getByRole('link', { name: /提案に戻る/ }).click();
    await page.locator('#consultation-opinion').fill('事務局が協議の結果をまとめた。');
    await page.locator('#consultation-feasibility').fill('実施可能。');
    await page.locator('#consultation-budgetIntent').fill('既存事業の予算で対応する。');
    await pressAndConfirm(page, 'FILE_CONSULTATION_REPORT');
    await page.getByText(/現在の状態/).waitFor();
    expect(await stateOf(id)).toBe('review');

    const proposer = await suite.person('proposer-a');
    await proposer.goto(`/workspace/proposals/${id}`);
    await proposer.getByRole('link', { name: '提出された版と変更点を見る' }).click();
    await proposer.locator('table.diff-table tr[data-field=summary]').waitFor();
    await axeClean(proposer, 'workspace versions');
  });

  it('records the budget as passed or not on a provisional adoption, with the reason a rejection needs', async () => {
    const { x } = suite;
    const [approved, rejected] = await provisionallyAdopted(x, callId, ['公園清掃の協働', '防災マップづくり']);
    expect(await stateOf(approved!)).toBe('decided.provisional');

    const page = await suite.person('secretariat');
    await page.goto(`/console/proposals/${approved}`);
    await page.locator('#budget-heading').waitFor();
    await axeClean(page, 'console budget');
    await saveScreenshot(page, 'console-budget');
    await pressAndConfirm(page, 'BUDGET_APPROVED');
    await page.locator('#budget-heading').waitFor({ state: 'detached' });
    expect(await stateOf(approved!)).toBe('decided.adopted');

    await page.goto(`/console/proposals/${rejected}`);
    await page.locator('#budget-heading').waitFor();
    await page.locator('button[data-event=BUDGET_REJECTED]').click();
    expect(await fieldErrors(page, 'section[aria-labelledby=budget-heading]')).toEqual([
      expect.stringContaining('予算が成立しなかった理由を入力してください'),
    ]);
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(await stateOf(rejected!)).toBe('decided.provisional');
    await page.locator('#budget-reason').fill('議会で関連予算が否決されたため。');
    await page.locator('button[data-event=BUDGET_REJECTED]').click();
    expect(await page.locator('dialog[open]').innerText()).toContain('議会で関連予算が否決されたため。');
    await page.locator('dialog[open] button[data-confirm]').click();
    await page.locator('#budget-heading').waitFor({ state: 'detached' });
    expect(await stateOf(rejected!)).toBe('decided.notAdopted');

    // Published, the adopted one waits for steps of other pages: the panel says so, not "no action".
    await move(x.secretariat, approved!, 'PUBLISH');
    await page.goto(`/console/proposals/${approved}`);
    await page.locator('#content-heading').waitFor();
    await page.locator('.other-actions, .console-panel').first().waitFor();
    expect(await page.getByText('この提案に今できる操作はありません。').count()).toBe(0);
  });

  it('withdraws a submitted proposal with a reason, after a confirmation that says it cannot be undone', async () => {
    const { x } = suite;
    const id = await draft(x, callId, '商店街の空き店舗活用');
    await move(x.proposerA, id, 'SUBMIT');
    const page = await suite.person('proposer-a');
    await page.goto(`/workspace/proposals/${id}`);
    await page.locator('#withdraw-heading').waitFor();
    await page.getByRole('button', { name: 'この提案を取り下げる' }).click();
    await page.locator('button[data-event=WITHDRAW]').click();
    expect(await fieldErrors(page, '.withdraw-panel')).toEqual([
      expect.stringContaining('取り下げる理由を入力してください'),
    ]);
    expect(await stateOf(id)).toBe('submitted.screening');

    await page.locator('#withdraw-reason').fill('会場の確保ができなくなったため。');
    await axeClean(page, 'workspace withdraw');
    await page.locator('button[data-event=WITHDRAW]').click();
    const dialog = page.locator('dialog[open]');
    expect(await dialog.innerText()).toContain('この操作は取り消せません。');
    await saveScreenshot(page, 'workspace-withdraw');
    await dialog.locator('button[data-confirm]').click();
    await page.locator('#withdraw-heading').waitFor({ state: 'detached' });
    expect(await stateOf(id)).toBe('withdrawn');
  });
});
