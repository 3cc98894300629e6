import type { Page } from 'playwright-core';
import { move, must, saveScreenshot, seriousAccessibilityViolations, waitFor } from '@kyodo/testing';
import { browserSuite } from './pages/harness';
import {
  attachFile,
  fillProposal,
  SAMPLE_PDF,
  markAllNotificationsRead,
  openStep,
  startDraft,
  submitProposal,
  unreadInInbox,
  waitForAutosave,
} from './pages/proposer';

const CALL_TITLE = '令和8年度 協働事業提案制度';

/**
 * The proposer's story in a real browser against the real system: a draft started from the workspace, the guided
 * form with its checks and autosave, an attachment, the submission and its receipt number, a return for
 * correction with the reason beside the field, the resubmission, and the inbox.
 */
describe('proposer workspace', () => {
  const web = browserSuite();

  const noSeriousViolations = async (page: Page) => expect(await seriousAccessibilityViolations(page)).toEqual([]);

  it('drafts, checks, autosaves, attaches, submits, is returned, resubmits, and reads the inbox', async () => {
    const page = await web.person('proposer-a');

    await page.goto('/workspace');
    await page.locator('.card', { hasText: CALL_TITLE }).waitFor();
    await noSeriousViolations(page);
    const id = await startDraft(page, CALL_TITLE, '多世代がつながる地域食堂の運営');

    // A required field left empty: a plain Japanese message beside it, linked to the input.
    await page.locator('#p-summary').focus();
    await page.locator('#p-contactName').focus();
    await expect(page.locator('#p-summary-error').innerText()).resolves.toContain('事業の概要を入力してください');
    expect(await page.locator('#p-summary').getAttribute('aria-describedby')).toContain('p-summary-error');
    await noSeriousViolations(page);

    await fillProposal(page);
    await openStep(page, '予算');
    await expect(page.locator('tfoot').innerText()).resolves.toContain('800,000');
    await noSeriousViolations(page);
    await saveScreenshot(page, 'workspace-form');

    // The autosave reached the server: a reload shows the text, and so does the API.
    await page.reload();
    await expect(page.locator('#p-summary').inputValue()).resolves.toContain('地域食堂');
    const saved = await must(web.x.proposerA.get(`/api/v1/proposals/${id}`));
    expect(saved.content.kpis[0]).toMatchObject({ name: '食堂の延べ利用者数', target: 1200 });
    expect(saved.content.budget).toHaveLength(2);

    await attachFile(page);
    await expect(page.locator('table', { hasText: '事業計画書.pdf' }).innerText()).resolves.toContain('PDF');
    await noSeriousViolations(page);

    await openStep(page, '確認と提出');
    await page.locator('.next-steps').waitFor();
    await expect(page.locator('.submit-step').innerText()).resolves.toContain('形式審査');
    await noSeriousViolations(page);
    await saveScreenshot(page, 'workspace-submit');
    const receipt = await submitProposal(page);
    expect(receipt).toMatch(/^2026-\d{4}$/);
    await noSeriousViolations(page);
    expect((await must(web.x.proposerA.get(`/api/v1/proposals/${id}`))).state).toBe('submitted.screening');

    // The secretariat returns it; the reason about the summary appears beside the summary.
    await move(web.x.secretariat, id, 'RETURN', {
      reason: '事業の概要: 対象となる地域と人数を具体的に書いてください。\n全体に誤字がないか確かめてください。',
    });
    await page.goto(`/workspace/proposals/${id}`);
    await page.locator('.returned').waitFor();
    await expect(page.locator('.returned').innerText()).resolves.toContain('誤字');
    const beside = page.locator('#p-summary-hint .return-reason');
    await expect(beside.innerText()).resolves.toContain('対象となる地域と人数');
    await noSeriousViolations(page);
    await saveScreenshot(page, 'workspace-returned');
    await page.locator('#p-summary').fill('腰越地区の子どもと高齢者およそ100人を対象に、地域食堂を週2回開きます。');
    await waitForAutosave(page);
    expect(await submitProposal(page)).toBe(receipt);
    const resubmitted = await must(web.x.proposerA.get(`/api/v1/proposals/${id}`));
    expect(resubmitted.state).toBe('submitted.screening');
    expect(resubmitted.content.summary).toContain('腰越地区');
    expect(resubmitted.returns).toEqual([{ at: expect.any(String), reason: expect.stringContaining('事業の概要') }]);

    // The inbox: the worker's notices arrive; marking all read clears the count.
    await waitFor(async () => (await must(web.x.proposerA.get('/api/v1/me/notifications'))).unread > 0, 30_000);
    expect(await unreadInInbox(page)).toBeGreaterThan(0);
    await page.locator('.inbox-item').first().waitFor();
    await noSeriousViolations(page);
    await saveScreenshot(page, 'workspace-inbox');
    await markAllNotificationsRead(page);
    expect((await must(web.x.proposerA.get('/api/v1/me/notifications'))).unread).toBe(0);

    // E-mail settings: an optional category can be turned off; required ones stay on.
    await page.getByRole('group', { name: '締切のリマインダー' }).getByLabel('送らない').check();
    await page.getByRole('button', { name: '設定を保存' }).click();
    await page.getByText('メール通知の設定を保存しました。').waitFor();
    const prefs = await must(web.x.proposerA.get('/api/v1/me/notification-preferences'));
    expect(prefs.find((p: { category: string }) => p.category === 'reminder').mode).toBe('off');
    await expect(page.locator('.pref-required').count()).resolves.toBe(3);

    await page.goto('/workspace');
    await page.locator('.proposal-list', { hasText: '多世代がつながる地域食堂の運営' }).waitFor();
    await expect(page.locator('.proposal-list').innerText()).resolves.toContain('形式審査中');
    await saveScreenshot(page, 'workspace-list');
  }, 240_000);

  it('writes the schedule and the organisation, removes a wrong file, sees it all before submitting, corrects a return', async () => {
    const page = await web.person('proposer-a');
    const id = await startDraft(page, CALL_TITLE, '海辺の清掃と環境学習');
    await fillProposal(page);
    // 団体の概要 and 実施スケジュール: screened, so the form has to take them.
    await openStep(page, '概要');
    await page.locator('#p-orgRepresentative').fill('山田 花子');
    await page.locator('#p-orgMembers').fill('25');
    await page.locator('#p-orgActivities').fill('毎月の海岸清掃と、小学校での出前授業。');
    await openStep(page, '事業内容');
    await page.locator('#p-schedule').click();
    await page.locator('#p-schedule-0-period').fill('2026年4月〜6月');
    await page.locator('#p-schedule-0-activity').fill('準備・ボランティア募集');
    // The indicator may still show the previous save: wait for the server to have this one.
    const stored = async () => (await must(web.x.proposerA.get(`/api/v1/proposals/${id}`))).content;
    await waitFor(async () => (await stored()).schedule?.[0]?.activity === '準備・ボランティア募集', 15_000);
    await noSeriousViolations(page);
    const saved = { content: await stored() };
    expect(saved.content.schedule).toEqual([{ period: '2026年4月〜6月', activity: '準備・ボランティア募集' }]);
    expect(saved.content.organizationProfile).toEqual({
      representative: '山田 花子',
      members: 25,
      activities: '毎月の海岸清掃と、小学校での出前授業。',
    });

    // A wrong file goes, after a confirmation; the right one stays.
    await attachFile(page, { ...SAMPLE_PDF, name: '古い計画書.pdf' });
    await attachFile(page);
    await page.getByRole('button', { name: /^削除\s*:\s*古い計画書\.pdf$/ }).click();
    const dialog = page.getByRole('dialog', { name: '「古い計画書.pdf」を削除しますか' });
    await dialog.waitFor();
    await noSeriousViolations(page);
    await dialog.getByRole('button', { name: '削除する' }).click();
    await page.getByText('「古い計画書.pdf」を削除しました。').waitFor();
    await page.locator('table td', { hasText: '古い計画書.pdf' }).first().waitFor({ state: 'detached' });
    const files = await must(web.x.proposerA.get(`/api/v1/proposals/${id}/attachments`));
    expect(files.map((f: { filename: string }) => f.filename)).toEqual(['事業計画書.pdf']);

    // Step 7 shows everything that will be sent, read-only, before the button.
    await openStep(page, '確認と提出');
    const summary = page.locator('.submit-summary');
    await summary.waitFor();
    await expect(summary.locator('#p-summary').inputValue()).resolves.toContain('地域食堂');
    await expect(summary.locator('#p-orgMembers').inputValue()).resolves.toBe('25');
    await expect(summary.locator('#p-schedule-0-period').inputValue()).resolves.toBe('2026年4月〜6月');
    await expect(summary.locator('#p-kpis-0-name').inputValue()).resolves.toBe('食堂の延べ利用者数');
    expect(await summary.locator('#p-schedule-0-activity').getAttribute('readonly')).not.toBeNull();
    await expect(summary.locator('table', { hasText: '事業計画書.pdf' }).innerText()).resolves.not.toContain('古い');
    expect(await summary.getByRole('button').count()).toBe(0);
    await noSeriousViolations(page);
    await submitProposal(page);

    // Returned about the schedule: the reason shows beside it, and the schedule can be corrected and resubmitted.
    await move(web.x.secretariat, id, 'RETURN', { reason: '実施スケジュール: 7月以降の予定も書いてください。' });
    await page.goto(`/workspace/proposals/${id}`);
    await page.locator('.returned').waitFor();
    await openStep(page, '事業内容');
    await expect(page.locator('.return-reason', { hasText: '7月以降の予定' }).count()).resolves.toBe(1);
    await page.locator('#p-schedule').click();
    await page.locator('#p-schedule-1-period').fill('2026年7月〜2027年3月');
    await page.locator('#p-schedule-1-activity').fill('月1回の清掃と環境学習');
    await waitFor(async () => (await stored()).schedule?.length === 2, 15_000);
    await submitProposal(page);
    const resubmitted = await must(web.x.proposerA.get(`/api/v1/proposals/${id}`));
    expect(resubmitted.state).toBe('submitted.screening');
    expect(resubmitted.content.schedule).toHaveLength(2);
  }, 240_000);

  it('reloads the latest version and says so when the draft was changed elsewhere (409)', async () => {
    const draft = await must(
      web.x.proposerA.post(`/api/v1/calls/${web.x.callId}/proposals`, {
        organizationId: web.x.groupAId,
        title: '競合の確認',
      }),
    );
    const page = await web.person('proposer-a');
    await page.goto(`/workspace/proposals/${draft.id}`);
    await page.locator('#p-title').waitFor();
    await must(
      web.x.proposerA.patch(
        `/api/v1/proposals/${draft.id}`,
        { content: { summary: '別の画面で書いた概要' } },
        { 'if-match': `"${draft.version}"` },
      ),
    );
    await page.locator('#p-title').fill('競合の確認（この画面）');
    await page.getByText('最新の内容を読み込み直しました').waitFor();
    await expect(page.locator('#p-summary').inputValue()).resolves.toBe('別の画面で書いた概要');
    await noSeriousViolations(page);
  }, 120_000);

  it('is readable on a phone, and the inbox is open to every signed-in role', async () => {
    const page = await web.person('proposer-a', { phone: true });
    await page.goto('/workspace');
    await page.locator('.proposal-list').waitFor();
    await noSeriousViolations(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'workspace-list-phone');

    const reviewer = await web.person('reviewer');
    await reviewer.goto('/inbox');
    await reviewer.locator('[data-testid=unread-count]').waitFor();
    await reviewer.goto('/workspace');
    await reviewer.getByText('このページを見る権限がありません').waitFor();
  }, 120_000);
});
