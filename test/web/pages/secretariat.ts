import type { Download, Page } from 'playwright-core';

/**
 * Story helpers for the secretariat console (/console): each drives the real UI as a secretariat user would,
 * in either language (they find things by id, name or data attribute, never by Japanese or English words).
 * The page must be signed in as a secretariat user.
 */

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/** Confirms the open confirmation dialog and waits until it has closed. */
export async function confirmDialog(page: Page): Promise<void> {
  const dialog = page.locator('dialog[open]');
  await dialog.locator('button[data-confirm]').click();
  await page.locator('dialog[open]').waitFor({ state: 'hidden' });
}

export interface CallInput {
  titleJa: string;
  titleEn: string;
  fiscalYear?: number;
  /** datetime-local values in Japan time, e.g. '2026-04-01T09:00' */
  opensAt: string;
  closesAt: string;
  reviewDeadlineAt?: string;
  holdDecisionNotices?: boolean;
  /** 事前相談 before submission, 担当課協議 after acceptance, adoption provisional (内定) until the budget passes. */
  preConsultation?: boolean;
  consultationRequired?: boolean;
  provisionalAdoption?: boolean;
}

/** Creates a call on /console/calls/new; answers its id (the page lands on the call's settings). */
export async function createCall(page: Page, input: CallInput): Promise<string> {
  await page.goto('/console/calls/new');
  await page.locator('#call-titleJa').fill(input.titleJa);
  await page.locator('#call-titleEn').fill(input.titleEn);
  if (input.fiscalYear) await page.locator('#call-fiscalYear').fill(String(input.fiscalYear));
  await page.locator('#call-opensAt').fill(input.opensAt);
  await page.locator('#call-closesAt').fill(input.closesAt);
  if (input.reviewDeadlineAt) await page.locator('#call-reviewDeadlineAt').fill(input.reviewDeadlineAt);
  if (input.holdDecisionNotices) await page.locator('#call-holdNotices').check();
  if (input.preConsultation) await page.locator('#call-preConsultation').check();
  if (input.consultationRequired) await page.locator('#call-consultation').check();
  if (input.provisionalAdoption) await page.locator('#call-provisional').check();
  await page.locator('#call-submit').click();
  await page.waitForURL((url) => new RegExp(`^/console/calls/${UUID.source}$`).test(url.pathname));
  await page.locator('#rubric-stage').waitFor();
  return UUID.exec(new URL(page.url()).pathname)![0];
}

/** Loads a rubric template (e.g. 'selection-weighted-30') into a stage of the call and saves it (PUT). */
export async function setRubricFromTemplate(
  page: Page,
  callId: string,
  stage: 'document' | 'presentation' | 'project_end',
  templateKey: string,
): Promise<void> {
  if (new URL(page.url()).pathname !== `/console/calls/${callId}`) await page.goto(`/console/calls/${callId}`);
  await page.locator('#rubric-stage').selectOption(stage);
  await page.locator('#rubric-template option').nth(1).waitFor({ state: 'attached' });
  await page.locator('#rubric-template').selectOption(templateKey);
  await page.locator('#rubric-load').click();
  await page.locator('#criterion-0-key').waitFor();
  await page.locator('#rubric-save').click();
  await page.locator('#rubric-heading ~ p[role=status]', { hasText: /\d/ }).waitFor();
}

/** Posts a department theme (市提案テーマ) in the call; the department is chosen by its name in the page's language. */
export async function addTheme(
  page: Page,
  callId: string,
  theme: { department: string; titleJa: string; titleEn?: string },
): Promise<void> {
  if (new URL(page.url()).pathname !== `/console/calls/${callId}`) await page.goto(`/console/calls/${callId}`);
  await page.locator('#theme-department option', { hasText: theme.department }).waitFor({ state: 'attached' });
  await page.locator('#theme-department').selectOption({ label: theme.department });
  await page.locator('#theme-titleJa').fill(theme.titleJa);
  if (theme.titleEn) await page.locator('#theme-titleEn').fill(theme.titleEn);
  await page.locator('#themes-heading ~ form button[type=submit]').click();
  await page.locator('#themes-heading ~ table td', { hasText: theme.titleJa }).waitFor();
}

/** The rows of the proposal's assignments table as shown on its page (reviewer, stage, status, submitted). */
export async function assignmentRows(page: Page, proposalId: string): Promise<string[]> {
  await openProposal(page, proposalId);
  const table = page.locator('#assignments-table');
  await table.waitFor();
  return table.locator('tbody tr').allInnerTexts();
}

/** Opens the proposal's screening page and waits for its actions. */
export async function openProposal(page: Page, proposalId: string): Promise<void> {
  await page.goto(`/console/proposals/${proposalId}`);
  await page.locator('#content-heading').waitFor();
}

async function sendEvent(page: Page, event: string): Promise<void> {
  await page.locator(`button[data-event=${event}]`).click();
  await confirmDialog(page);
  await page.locator(`button[data-event=${event}]`).waitFor({ state: 'detached' });
}

/** 形式審査: accept. */
export async function acceptProposal(page: Page, proposalId: string): Promise<void> {
  await openProposal(page, proposalId);
  await sendEvent(page, 'ACCEPT');
}

/** Returns for correction: per-section reasons (keys: summary, budget, schedule …) and a general remark. */
export async function returnProposal(
  page: Page,
  proposalId: string,
  reasons: { fields?: Record<string, string>; general?: string },
): Promise<void> {
  await openProposal(page, proposalId);
  for (const [field, text] of Object.entries(reasons.fields ?? {})) {
    await page.locator(`#return-field-${field}`).check();
    await page.locator(`#return-reason-${field}`).fill(text);
  }
  if (reasons.general) await page.locator('#return-general').fill(reasons.general);
  await sendEvent(page, 'RETURN');
}

/** Rejects as ineligible with a reason. */
export async function rejectProposal(page: Page, proposalId: string, reason: string): Promise<void> {
  await openProposal(page, proposalId);
  await page.locator('#reject-reason').fill(reason);
  await sendEvent(page, 'REJECT_INELIGIBLE');
}

/** Closes the review of a proposal whose sheets are all in (REVIEW_COMPLETE): it moves to joint evaluation. */
export async function completeReview(page: Page, proposalId: string): Promise<void> {
  await openProposal(page, proposalId);
  await sendEvent(page, 'REVIEW_COMPLETE');
}

/** Publishes a decided proposal (PUBLISH) from its page. */
export async function publishProposal(page: Page, proposalId: string): Promise<void> {
  await openProposal(page, proposalId);
  await sendEvent(page, 'PUBLISH');
}

/**
 * Assigns reviewers (by display name) to a proposal in review; answers the rows of the proposal's assignments
 * table (every assignment of the proposal, as the API lists them; a conflict shows as its own badge).
 */
export async function assignReviewers(
  page: Page,
  proposalId: string,
  reviewerNames: string[],
  stage: 'document' | 'presentation' | 'project_end' = 'document',
): Promise<string[]> {
  await openProposal(page, proposalId);
  await page.locator('#assign-stage').selectOption(stage);
  for (const name of reviewerNames) {
    const label = page.locator('#assign-heading ~ fieldset label', { hasText: new RegExp(`^${name}\\s`) });
    await page.locator(`#${await label.getAttribute('for')}`).check();
  }
  await page.locator('#assign-submit').click();
  await confirmDialog(page);
  for (const name of reviewerNames) {
    await page.locator('#assignments-table tbody th', { hasText: new RegExp(`^${name}$`) }).waitFor();
  }
  return page.locator('#assignments-table tbody tr').allInnerTexts();
}

/** 自動割当 for the whole call; answers the result message. */
export async function autoAssign(
  page: Page,
  callId: string,
  options: { stage?: 'document' | 'presentation' | 'project_end'; perProposal?: number } = {},
): Promise<string> {
  await page.goto(`/console/calls/${callId}/proposals`);
  await page.locator('#auto-stage').selectOption(options.stage ?? 'document');
  await page.locator('#auto-per-proposal').fill(String(options.perProposal ?? 2));
  await page.locator('#auto-run').click();
  await confirmDialog(page);
  const status = page.locator('#auto-heading ~ p[role=status]', { hasText: /\d/ });
  await status.waitFor();
  return status.innerText();
}

export interface SessionInput {
  committeeId: string;
  stage?: 'document' | 'presentation' | 'project_end';
  /** datetime-local in Japan time, e.g. '2026-08-20T13:30' */
  startsAt: string;
  place: string;
  quorum?: number;
  presentationMinutes?: number;
  questionMinutes?: number;
  proposalIds: string[];
}

/** Schedules a joint evaluation session; answers its id (from the link to the meeting page). */
export async function scheduleSession(page: Page, callId: string, input: SessionInput): Promise<string> {
  await page.goto(`/console/calls/${callId}/sessions/new`);
  await page.locator(`#session-committee option[value="${input.committeeId}"]`).waitFor({ state: 'attached' });
  await page.locator('#session-committee').selectOption(input.committeeId);
  await page.locator('#session-stage').selectOption(input.stage ?? 'presentation');
  await page.locator('#session-startsAt').fill(input.startsAt);
  await page.locator('#session-place').fill(input.place);
  await page.locator('#session-quorum').fill(String(input.quorum ?? 2));
  await page.locator('#session-presentation').fill(String(input.presentationMinutes ?? 7));
  await page.locator('#session-questions').fill(String(input.questionMinutes ?? 8));
  for (const id of input.proposalIds) await page.locator(`#agenda-${id}`).check();
  await page.locator('#session-submit').click();
  const link = page.locator('#session-created-link');
  await link.waitFor();
  return UUID.exec((await link.getAttribute('href')) ?? '')![0];
}

/** Asks for a report, waits until it is built, downloads it. */
export async function requestReport(
  page: Page,
  input: {
    kind: 'call-summary-pdf' | 'evaluation-sheet-pdf' | 'call-workbook-xlsx';
    callId: string;
    proposalId?: string;
  },
): Promise<Download> {
  await page.goto('/console/reports');
  await page.locator('#report-kind').selectOption(input.kind);
  await page.locator(`#report-call option[value="${input.callId}"]`).waitFor({ state: 'attached' });
  await page.locator('#report-call').selectOption(input.callId);
  if (input.proposalId) {
    await page.locator(`#report-proposal option[value="${input.proposalId}"]`).waitFor({ state: 'attached' });
    await page.locator('#report-proposal').selectOption(input.proposalId);
  }
  await page.locator('#report-submit').click();
  const ready = page.locator('#report-download-ready');
  await ready.waitFor({ timeout: 60_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), ready.click()]);
  return download;
}

/** Schedules the batch announcement of the call's held decision notices (now, or at a Japan-time moment). */
export async function announceDecisions(page: Page, callId: string, at?: string): Promise<string> {
  await page.goto(`/console/calls/${callId}/publication`);
  if (at) {
    await page.locator('#announce-later').check();
    await page.locator('#announce-at').fill(at);
  }
  await page.locator('#announce-submit').click();
  await confirmDialog(page);
  const status = page.locator('#announce-heading ~ p[role=status]', { hasText: /\d/ });
  await status.waitFor();
  return status.innerText();
}
