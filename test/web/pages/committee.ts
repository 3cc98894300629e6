import type { Page } from 'playwright-core';

/**
 * Story helpers for the committee's meeting mode (/committee), driving the real UI in Japanese. Sign in as a
 * committee member, the chair or the secretariat first.
 */

export type Decision = 'adopted' | 'adoptedWithConditions' | 'notAdopted';
const DECISION_LABEL: Record<Decision, string> = {
  adopted: '採択',
  adoptedWithConditions: '条件付き採択',
  notAdopted: '不採択',
};

/** Opens a session's page and waits until its live stream is connected. */
export async function openSession(page: Page, sessionId: string): Promise<void> {
  await page.goto(`/committee/sessions/${sessionId}`);
  await page.locator('[data-testid=live-state]', { hasText: 'ライブ更新中' }).waitFor();
}

/** Makes the agenda item whose title contains `proposalTitle` the one under deliberation. */
export async function selectAgendaItem(page: Page, proposalTitle: string): Promise<void> {
  await page.locator('.agenda-button', { hasText: proposalTitle }).click();
  await page.locator('#item-heading', { hasText: proposalTitle }).waitFor();
}

/** The text of the live count of submitted sheets, e.g. 「提出済み 1 / 2 件」. */
export async function liveSubmitted(page: Page): Promise<string> {
  return (await page.locator('[data-testid=live-submitted]').innerText()).trim();
}

/** Waits until the live count reads `submitted / assigned` (no reload: the stream drives it). */
export async function waitForLiveSubmitted(page: Page, submitted: number, assigned: number): Promise<void> {
  await page.locator('[data-testid=live-submitted]', { hasText: `${submitted} / ${assigned}` }).waitFor();
}

/** Ticks every committee member present and records the attendance (chair or secretariat). */
export async function recordFullAttendance(page: Page): Promise<void> {
  const boxes = page.locator('section[aria-labelledby=attendance-heading] input[type=checkbox]');
  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
  await page.getByRole('button', { name: '出席を記録する' }).click();
  await page.locator('[data-testid=quorum]', { hasText: '定足数を満たしています' }).waitFor();
}

/** Enters the consensus score and reason per criterion key and records it. */
export async function enterConsensus(
  page: Page,
  scores: Record<string, number>,
  reasons: Record<string, string>,
): Promise<void> {
  const panel = page.locator('section[aria-labelledby=consensus-heading]');
  for (const [key, value] of Object.entries(scores)) {
    await panel.locator(`select[id$="-${key}"]`).selectOption(String(value));
    await panel.locator(`textarea[id^="consensus-reason-"][id$="-${key}"]`).fill(reasons[key] ?? '');
  }
  await panel.getByRole('button', { name: '合議の評価を記録する' }).click();
  await panel.locator('[role=status]', { hasText: '記録しました' }).waitFor();
}

/** Writes and saves the minutes (議事録). */
export async function recordMinutes(page: Page, text: string): Promise<void> {
  await page.locator('#minutes-text').fill(text);
  await page.getByRole('button', { name: '議事録を保存する' }).click();
  await page.locator('section[aria-labelledby=minutes-heading] [role=status]', { hasText: '保存しました' }).waitFor();
}

/**
 * The chair decides the item under deliberation with its 講評 (and conditions), through the confirmation. In a call
 * that adopts provisionally until the budget passes, an adoption shows as 採択内定: say so with `provisional`.
 */
export async function decide(
  page: Page,
  decision: Decision,
  kohyo: string,
  conditions: string[] = [],
  provisional = false,
): Promise<void> {
  await page.locator(`#decision-${decision}`).check();
  if (decision === 'adoptedWithConditions') await page.locator('#decision-conditions').fill(conditions.join('\n'));
  await page.locator('#decision-kohyo').fill(kohyo);
  await page.locator('.decision-panel form').getByRole('button', { name: '決定する' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '決定する' }).click();
  const shown = provisional && decision !== 'notAdopted' ? '採択内定' : DECISION_LABEL[decision];
  await page.locator('[data-testid=decision-state]', { hasText: shown }).waitFor();
}

/**
 * The chair runs one agenda item to its decision: opens the session, records full attendance, the consensus
 * (when given), the minutes (when given), and the decision with its 講評.
 */
export async function runSessionToDecision(
  page: Page,
  sessionId: string,
  proposalTitle: string,
  decision: Decision,
  kohyo: string,
  options: {
    consensus?: { scores: Record<string, number>; reasons: Record<string, string> };
    minutes?: string;
    conditions?: string[];
    provisional?: boolean;
  } = {},
): Promise<void> {
  await openSession(page, sessionId);
  await selectAgendaItem(page, proposalTitle);
  await recordFullAttendance(page);
  if (options.consensus) await enterConsensus(page, options.consensus.scores, options.consensus.reasons);
  if (options.minutes) await recordMinutes(page, options.minutes);
  await decide(page, decision, kohyo, options.conditions ?? ['四半期ごとに進捗を報告すること'], options.provisional);
}
