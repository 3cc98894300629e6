import type { Page } from 'playwright-core';
import {
  completeProposalContent,
  move,
  must,
  sessionBody,
  smallRubric,
  type MunicipalityFixture,
} from '@kyodo/testing';
import { confirmDialog } from './secretariat';

/** The report a partner department files, as the API takes it. */
export const REPORT = {
  opinion: '地域の見守り体制づくりに資する。',
  feasibility: '公民館の活用により実施可能。',
  budgetIntent: '次年度当初予算で要求する。',
};

/**
 * A call as the demo sets it up and more: 事前相談 before submission, 担当課協議 after acceptance, and adoption
 * provisional until the budget passes (予算成立を条件とする内定).
 */
export async function callWithEveryStep(x: MunicipalityFixture): Promise<string> {
  const now = Date.now();
  const call = await must(
    x.secretariat.post('/api/v1/calls', {
      fiscalYear: 2026,
      titleJa: '令和8年度 協働事業提案（事前相談・協議・内定あり）',
      titleEn: 'FY2026 proposals (pre-consultation, consultation, provisional adoption)',
      maxRequestedAmount: 1_000_000,
      submissionOpensAt: new Date(now - 86_400_000).toISOString(),
      submissionClosesAt: new Date(now + 30 * 86_400_000).toISOString(),
      preConsultation: true,
      consultationRequired: true,
      provisionalAdoption: true,
    }),
  );
  await must(x.secretariat.request('PUT', `/api/v1/calls/${call.id}/rubrics/document`, smallRubric()));
  return call.id;
}

/** Group A's complete draft in the call, naming the fixture's department as its partner. */
export async function draft(x: MunicipalityFixture, callId: string, title: string): Promise<string> {
  const created = await must(
    x.proposerA.post(`/api/v1/calls/${callId}/proposals`, {
      organizationId: x.groupAId,
      title,
      partnerDepartmentIds: [x.departmentId],
      content: completeProposalContent(),
    }),
  );
  return created.id;
}

/** Submitted, accepted, reported on by the department, scored, and provisionally adopted by the chair (内定). */
export async function provisionallyAdopted(x: MunicipalityFixture, callId: string, titles: string[]) {
  const ids: string[] = [];
  for (const title of titles) {
    const id = await draft(x, callId, title);
    await move(x.proposerA, id, 'SUBMIT');
    await move(x.secretariat, id, 'ACCEPT');
    await move(x.departmentStaff, id, 'FILE_CONSULTATION_REPORT', REPORT);
    const [assignment] = await must(
      x.secretariat.post(`/api/v1/proposals/${id}/assignments`, { reviewerIds: [x.reviewerId], stage: 'document' }),
    );
    await must(
      x.reviewer.request('PUT', `/api/v1/assignments/${assignment.id}/score-sheet`, {
        scores: { public_benefit: 4, feasibility: 4 },
        comments: { feasibility: '体制を確認した' },
      }),
    );
    await must(x.reviewer.post(`/api/v1/assignments/${assignment.id}/score-sheet/submit`));
    await move(x.secretariat, id, 'REVIEW_COMPLETE');
    ids.push(id);
  }
  const session = await must(x.secretariat.post(`/api/v1/calls/${callId}/sessions`, sessionBody(x.committeeId, ids)));
  await must(
    x.secretariat.request('PUT', `/api/v1/sessions/${session.id}/attendance`, {
      present: [x.chairId, x.committeeMemberId],
    }),
  );
  for (const id of ids) {
    await move(x.chair, id, 'FINALIZE', { decision: 'adopted', reason: '地域の課題に即した提案である。' });
  }
  return ids;
}

/** The messages shown beside the fields of a panel after a refused attempt. */
export async function fieldErrors(page: Page, panel: string): Promise<string[]> {
  return page.locator(`${panel} .field-error`).allInnerTexts();
}

/** Presses an action's button and confirms in the dialog it opens. */
export async function pressAndConfirm(page: Page, event: string): Promise<void> {
  await page.locator(`button[data-event=${event}]`).click();
  await confirmDialog(page);
}

/** Fills the 協議結果報告書 (on the department's request page or the secretariat's proposal page) and files it. */
export async function fileConsultationReport(
  page: Page,
  report: { opinion: string; feasibility: string; budgetIntent: string; conditions?: string[] },
): Promise<void> {
  await page.locator('#consultation-opinion').fill(report.opinion);
  await page.locator('#consultation-feasibility').fill(report.feasibility);
  await page.locator('#consultation-budgetIntent').fill(report.budgetIntent);
  for (const [i, condition] of (report.conditions ?? []).entries()) {
    await page.getByRole('button', { name: '条件を追加' }).click();
    await page.locator(`#consultation-condition-${i}`).fill(condition);
  }
  await pressAndConfirm(page, 'FILE_CONSULTATION_REPORT');
  await page.locator('button[data-event=FILE_CONSULTATION_REPORT]').waitFor({ state: 'detached' });
}
