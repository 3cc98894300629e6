import type { Page } from 'playwright-core';

/**
 * Story helpers for the reviewer desk (/review), driving the real UI in Japanese. Compose them in any browser
 * test: sign in first (signIn from @kyodo/testing), then call these.
 */

/** Opens the queue and waits for it. */
export async function openQueue(page: Page): Promise<void> {
  await page.goto('/review');
  await page.locator('h1', { hasText: '審査の担当一覧' }).waitFor();
}

/** From the queue, opens the score sheet of the assignment whose title contains `titleText`. */
export async function openAssignment(page: Page, titleText: string): Promise<void> {
  await openQueue(page);
  await page.locator('.review-card h3 a', { hasText: titleText }).first().click();
  await page.locator('h1', { hasText: titleText }).waitFor();
  await page.locator('fieldset.criterion').first().waitFor();
}

/** Chooses a score (the radio of that point) for a criterion by its key. */
export async function scoreCriterion(page: Page, key: string, value: number): Promise<void> {
  await page.locator(`input[name="score-${key}"][value="${value}"]`).check();
}

/** Types a criterion's comment. */
export async function commentCriterion(page: Page, key: string, text: string): Promise<void> {
  await page.locator(`#criterion-${key} textarea`).fill(text);
}

/** Waits until the autosave indicator says the sheet was saved. */
export async function waitForAutosave(page: Page): Promise<void> {
  await page.locator('.autosave', { hasText: '自動保存しました' }).waitFor();
}

/** Submits the open sheet through its confirmation dialog and waits for the aggregate to show. */
export async function submitSheet(page: Page): Promise<void> {
  await page.getByRole('button', { name: '採点を提出する' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '提出する' }).click();
  await page.locator('.notice', { hasText: '提出済み' }).first().waitFor();
}

/** Opens the assignment, scores every criterion given (and comments), waits for autosave, and submits. */
export async function scoreAndSubmit(
  page: Page,
  assignmentTitleText: string,
  scores: Record<string, number>,
  comments: Record<string, string> = {},
): Promise<void> {
  await openAssignment(page, assignmentTitleText);
  for (const [key, value] of Object.entries(scores)) await scoreCriterion(page, key, value);
  for (const [key, text] of Object.entries(comments)) await commentCriterion(page, key, text);
  await waitForAutosave(page);
  await submitSheet(page);
}

/** Declares a conflict of interest (利害関係の申告) on the assignment, confirming it. */
export async function declareConflict(page: Page, assignmentTitleText: string, reason: string): Promise<void> {
  await openAssignment(page, assignmentTitleText);
  await page.locator('#conflict-reason').fill(reason);
  await page.getByRole('button', { name: '利害関係を申告する' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '申告する' }).click();
  await page.locator('.notice', { hasText: '利害関係を申告しました' }).waitFor();
}
