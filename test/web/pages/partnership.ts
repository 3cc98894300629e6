import type { Page } from 'playwright-core';
import { confirmDialog } from './secretariat';

/**
 * Helpers for the pages after adoption: the secretariat's agreement form and project management page, and the
 * partners' progress panel on their proposal page. By id and data attribute, never by words.
 */

export interface AgreementChanges {
  termEnd?: string;
  grantedAmount?: string;
  informationSharing?: string;
  formNumber?: string;
  partnershipForm?: string;
}

/** Changes the agreement form's fields that are given (the rest keep what the proposal carried over). */
export async function fillAgreement(page: Page, changes: AgreementChanges): Promise<void> {
  if (changes.termEnd !== undefined) await page.locator('#ag-term-end').fill(changes.termEnd);
  if (changes.grantedAmount !== undefined) await page.locator('#ag-amount').fill(changes.grantedAmount);
  if (changes.informationSharing !== undefined) await page.locator('#ag-information').fill(changes.informationSharing);
  if (changes.formNumber !== undefined) await page.locator('#ag-form-number').fill(changes.formNumber);
  if (changes.partnershipForm !== undefined) await page.locator('#ag-form').selectOption(changes.partnershipForm);
}

/** The messages of the form's error summary. */
export async function errorSummary(page: Page, scope = 'form'): Promise<string[]> {
  const summary = page.locator(`${scope} [role=alert]`).first();
  await summary.waitFor();
  return summary.locator('li').allInnerTexts();
}

/** Presses a lifecycle button (START, END) of the management page and confirms it. */
export async function sendStep(page: Page, event: 'START' | 'END'): Promise<void> {
  await page.locator(`button[data-event=${event}]`).click();
  await confirmDialog(page);
  await page.locator(`button[data-event=${event}]`).waitFor({ state: 'detached' });
}

/** Records a milestone through the milestones panel and waits for it in the list. */
export async function recordMilestone(page: Page, title: string, dueOn: string, status: string): Promise<void> {
  await page.locator('#milestone-title').fill(title);
  await page.locator('#milestone-due').fill(dueOn);
  await page.locator('#milestone-status').selectOption(status);
  await page.locator('section.milestones form button[type=submit]').click();
  await page.locator('.milestone-list li', { hasText: title }).waitFor();
}
