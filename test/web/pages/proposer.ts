import type { Page } from 'playwright-core';
import { minimalPdf } from '@kyodo/testing';

/**
 * Story helpers for the proposer workspace, driving the real UI in Japanese (the default locale). Compose them:
 * `await signIn(page, email, password); const { proposalId, receiptNumber } = await createAndSubmitProposal(page, …)`.
 */

export interface ProposalInput {
  /** The call's Japanese title as the workspace lists it (e.g. 令和8年度 協働事業提案制度). */
  callTitle: string;
  title: string;
  summary?: string;
  background?: string;
  objectives?: string;
  requestedAmount?: number;
  contactName?: string;
  contactEmail?: string;
  /** A file to attach; a small PDF when omitted. Pass null to attach nothing. */
  attachment?: { name: string; mimeType: string; buffer: Buffer } | null;
}

export const SAMPLE_PDF = {
  name: '事業計画書.pdf',
  mimeType: 'application/pdf',
  buffer: minimalPdf(),
};

/** Opens a step of the proposal form by its Japanese name (概要, 事業内容, 役割分担, 予算, 成果指標, 添付書類, 確認と提出). */
export async function openStep(page: Page, name: string): Promise<void> {
  await page.locator('.step-nav button', { hasText: name }).click();
  await page.locator('#step-heading', { hasText: name }).waitFor();
}

/** Waits until the autosave has stored the latest change. */
export async function waitForAutosave(page: Page): Promise<void> {
  await page.locator('.autosave', { hasText: '自動保存しました' }).waitFor();
  await page.waitForFunction(() => !document.querySelector('.autosave')?.textContent?.includes('保存中'));
}

/** From /workspace, starts a draft in the named open call; answers the new proposal's id. */
export async function startDraft(page: Page, callTitle: string, title: string): Promise<string> {
  await page.goto('/workspace');
  const card = page.locator('.card', { hasText: callTitle }).first();
  await card.getByLabel('提案名（仮でかまいません）').fill(title);
  await card.getByRole('button', { name: '新しい提案' }).click();
  await page.waitForURL(/\/workspace\/proposals\/[0-9a-f-]{36}$/);
  await page.locator('#p-title').waitFor();
  return page.url().split('/').pop() as string;
}

/** Fills every step of an open draft with a complete proposal (values from `input` where given). */
export async function fillProposal(page: Page, input: Omit<ProposalInput, 'callTitle' | 'title'> = {}): Promise<void> {
  await openStep(page, '概要');
  await page
    .locator('#p-summary')
    .fill(input.summary ?? '子どもから高齢者までが集う地域食堂を週2回開き、孤食の解消と多世代交流を進める。');
  await page.locator('#p-activityFields').check();
  await page.locator('#p-contactName').fill(input.contactName ?? '鈴木 一郎');
  await page.locator('#p-contactEmail').fill(input.contactEmail ?? 'suzuki@example.jp');
  await openStep(page, '事業内容');
  await page
    .locator('#p-background')
    .fill(input.background ?? '共働き世帯とひとり暮らし高齢者が増え、地域で食卓を囲む機会が減っている。');
  await page
    .locator('#p-objectives')
    .fill(input.objectives ?? '地域の誰もが気軽に立ち寄れる居場所をつくり、見守りの輪を広げる。');
  await page.locator('#p-requestedAmount').fill(String(input.requestedAmount ?? 800000));
  await openStep(page, '役割分担');
  await page.locator('#p-roles').click();
  await page.locator('#p-roles-0-task').fill('会場の確保');
  await page.locator('#p-roles-0-group').fill('運営スタッフの配置');
  await page.locator('#p-roles-0-city').fill('公民館の優先予約');
  await openStep(page, '予算');
  await page.locator('#p-budget').click();
  await page.locator('#p-budget').click();
  await page.locator('#p-budget-0-kind').selectOption('income');
  await page.locator('#p-budget-0-item').fill('協働事業負担金');
  await page.locator('#p-budget-0-amount').fill('800000');
  await page.locator('#p-budget-1-item').fill('食材費');
  await page.locator('#p-budget-1-amount').fill('800000');
  await openStep(page, '成果指標');
  await page.locator('#p-kpis').click();
  await page.locator('#p-kpis-0-name').fill('食堂の延べ利用者数');
  await page.locator('#p-kpis-0-unit').fill('人');
  await page.locator('#p-kpis-0-target').fill('1200');
  await waitForAutosave(page);
}

/** Attaches a file on the 添付書類 step and waits until it is listed. */
export async function attachFile(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer } = SAMPLE_PDF,
): Promise<void> {
  await openStep(page, '添付書類');
  await page.locator('#p-attachments').setInputFiles(file);
  await page.getByRole('button', { name: 'アップロード' }).click();
  // The first cell: the name (an editable list has it again in the remove button's label).
  await page.locator('table td', { hasText: file.name }).first().waitFor();
}

/** On the 確認と提出 step, submits (or resubmits) and answers the receipt number shown. */
export async function submitProposal(page: Page): Promise<string> {
  await openStep(page, '確認と提出');
  await page.locator('.submit-step button').click();
  const receipt = page.locator('[data-testid=receipt-number]');
  await receipt.waitFor();
  return (await receipt.innerText()).trim();
}

/** The whole story: start a draft in the call, fill it, attach a PDF, submit; answers the id and receipt number. */
export async function createAndSubmitProposal(
  page: Page,
  input: ProposalInput,
): Promise<{ proposalId: string; receiptNumber: string }> {
  const proposalId = await startDraft(page, input.callTitle, input.title);
  await fillProposal(page, input);
  if (input.attachment !== null) await attachFile(page, input.attachment ?? SAMPLE_PDF);
  const receiptNumber = await submitProposal(page);
  return { proposalId, receiptNumber };
}

/** A returned proposal: replaces the summary (事業の概要) and resubmits; answers the receipt number. */
export async function fixSummaryAndResubmit(page: Page, proposalId: string, summary: string): Promise<string> {
  await page.goto(`/workspace/proposals/${proposalId}`);
  await page.locator('#p-summary').fill(summary);
  await waitForAutosave(page);
  return submitProposal(page);
}

/** Opens /inbox and answers the unread count it shows. */
export async function unreadInInbox(page: Page): Promise<number> {
  await page.goto('/inbox');
  const text = await page.locator('[data-testid=unread-count]').innerText();
  return Number(/\d+/.exec(text)?.[0] ?? 'NaN');
}

/** Marks every notification read from /inbox and waits until the page shows none unread. */
export async function markAllNotificationsRead(page: Page): Promise<void> {
  await page.goto('/inbox');
  await page.getByRole('button', { name: 'すべて既読にする' }).click();
  await page.locator('[data-testid=unread-count]', { hasText: '未読 0 件' }).waitFor();
}

/** On a draft of a call with 事前相談: records what was discussed with the city, and waits for the confirmation. */
export async function recordPreConsultation(page: Page, note: string): Promise<void> {
  await page.locator('#pre-consultation-note').fill(note);
  await page.locator('button[data-event=RECORD_PRE_CONSULTATION]').click();
  await page.getByText('事前相談を記録しました。').waitFor();
}

/** On a draft: answers a department's theme (市提案テーマ), which makes that department the partner (担当課). */
export async function chooseTheme(page: Page, themeTitle: string): Promise<void> {
  await page.getByLabel('応募するテーマ').selectOption({ label: themeTitle });
  await page.getByRole('button', { name: 'テーマを保存' }).click();
  await page
    .locator('section[aria-labelledby=theme-choice-heading] [role=status]', { hasText: '保存しました' })
    .waitFor();
}
