import type { Page } from 'playwright-core';
import {
  ApiClient,
  completeProposalContent,
  move,
  must,
  seriousAccessibilityViolations,
  sessionBody,
  smallRubric,
  waitFor,
} from '@kyodo/testing';
import { openSession, selectAgendaItem } from './pages/committee';
import { REPORT, pressAndConfirm } from './pages/events';
import { browserSuite } from './pages/harness';

const NOTE = '6月3日 こども家庭課と、会場と対象年齢について相談した。';
const KOHYO = '地域の課題に即した提案であり、役割分担も明確である。';
const BUDGET_REASON = '議会で関係予算が否決されたため。';

/**
 * The records of a proposal's lifecycle read back on the pages of those who may read them (the proposer, the
 * secretariat, the partner department), a single adoption decided as 内定 on the chair's form in a call that does
 * not make every adoption provisional, and the public page saying 採択内定 and then, the budget fallen, both the
 * committee's 講評 and the budget's reason under their own headings.
 */
describe('lifecycle records and 内定, in the browser', () => {
  const suite = browserSuite({ municipality: '小田原市' });
  let callId: string;
  let id: string;
  const title = '多世代がつながる地域食堂';

  const axeClean = async (page: Page, name: string) => {
    expect({ page: name, violations: await seriousAccessibilityViolations(page) }).toEqual({
      page: name,
      violations: [],
    });
  };
  const recordsOn = async (page: Page, url: string) => {
    await page.goto(url);
    const records = page.getByTestId('lifecycle-records');
    await records.waitFor();
    return records;
  };

  beforeAll(async () => {
    const { x } = suite;
    const now = Date.now();
    const call = await must(
      x.secretariat.post('/api/v1/calls', {
        fiscalYear: 2026,
        titleJa: '令和8年度 協働事業提案（事前相談・協議あり）',
        titleEn: 'FY2026 proposals (pre-consultation, consultation)',
        submissionOpensAt: new Date(now - 86_400_000).toISOString(),
        submissionClosesAt: new Date(now + 30 * 86_400_000).toISOString(),
        preConsultation: true,
        consultationRequired: true,
        provisionalAdoption: false,
      }),
    );
    callId = call.id;
    await must(x.secretariat.request('PUT', `/api/v1/calls/${callId}/rubrics/document`, smallRubric()));
    const draft = await must(
      x.proposerA.post(`/api/v1/calls/${callId}/proposals`, {
        organizationId: x.groupAId,
        title,
        partnerDepartmentIds: [x.departmentId],
        content: completeProposalContent(),
      }),
    );
    id = draft.id;
    await move(x.proposerA, id, 'RECORD_PRE_CONSULTATION', { note: NOTE });
    await move(x.proposerA, id, 'SUBMIT');
    await move(x.secretariat, id, 'ACCEPT');
    await move(x.departmentStaff, id, 'FILE_CONSULTATION_REPORT', REPORT);
  });

  it('shows the pre-consultation and the consultation report, read-only, with who and when, to the proposer, the secretariat and the department', async () => {
    for (const [person, url] of [
      ['proposer-a', `/workspace/proposals/${id}`],
      ['secretariat', `/console/proposals/${id}`],
      ['department', `/review/consultations/${id}`],
    ] as const) {
      const page = await suite.person(person);
      const records = await recordsOn(page, url);
      const pre = await records.getByTestId('pre-consultation-records').innerText();
      expect(pre).toContain(NOTE);
      expect(pre).toContain('proposer-a が記録');
      const report = await records.getByTestId('consultation-report-record').innerText();
      expect(report).toContain(REPORT.opinion);
      expect(report).toContain(REPORT.budgetIntent);
      expect(report).toContain('department が提出');
      // Read-only: no field to change them.
      expect(await records.locator('input, textarea, select').count()).toBe(0);
      await axeClean(page, `${person} records`);
    }
  });

  it('lets the chair decide this adoption alone as 内定, and the public page say so until the budget falls', async () => {
    const { x } = suite;
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
    const session = await must(
      x.secretariat.post(`/api/v1/calls/${callId}/sessions`, sessionBody(x.committeeId, [id])),
    );
    await must(
      x.secretariat.request('PUT', `/api/v1/sessions/${session.id}/attendance`, {
        present: [x.chairId, x.committeeMemberId],
      }),
    );

    const chair = await suite.person('chair');
    await openSession(chair, session.id);
    await selectAgendaItem(chair, title);
    await chair.locator('#decision-adopted').check();
    await chair.getByLabel('予算の成立を条件とした採択の内定とする').check();
    await chair.locator('#decision-kohyo').fill(KOHYO);
    // The session is the presentation stage, with no sheets of its own: the chair says so explicitly.
    await chair.locator('#decision-unscored').check();
    await axeClean(chair, 'decision form with 内定');
    await chair.locator('.decision-panel form').getByRole('button', { name: '決定する' }).click();
    expect(await chair.getByRole('dialog').innerText()).toContain('予算の成立を条件とした内定です。');
    await chair.getByRole('dialog').getByRole('button', { name: '決定する' }).click();
    await chair.locator('[data-testid=decision-state]', { hasText: '採択内定' }).waitFor();
    expect((await must(x.secretariat.get(`/api/v1/proposals/${id}`))).state).toBe('decided.provisional');

    await move(x.secretariat, id, 'PUBLISH');
    const anonymous = new ApiClient(suite.system.baseUrl);
    await waitFor(async () => (await anonymous.get(`/api/v1/public/proposals/${id}`)).status === 200, 30_000);
    const reader = await suite.person(null);
    await reader.goto(`/proposals/${id}?m=${x.municipalityCode}`);
    await reader.locator('.public-badges', { hasText: '採択内定' }).waitFor();
    expect(await reader.getByTestId('public-provisional').innerText()).toContain('予算の成立を条件とした');
    await axeClean(reader, 'public 内定');

    // The secretariat records that the budget fell, from its proposal page.
    const secretariat = await suite.person('secretariat');
    await secretariat.goto(`/console/proposals/${id}`);
    await secretariat.locator('#budget-heading').waitFor();
    await secretariat.locator('#budget-reason').fill(BUDGET_REASON);
    await pressAndConfirm(secretariat, 'BUDGET_REJECTED');
    await secretariat.locator('#budget-heading').waitFor({ state: 'detached' });
    await waitFor(
      async () => (await must(anonymous.get(`/api/v1/public/proposals/${id}`))).versions.length === 2,
      30_000,
    );

    // A new reader: the first one's browser keeps the public answer for its max-age (60 s), as designed.
    const later = await suite.person(null);
    await later.goto(`/proposals/${id}?m=${x.municipalityCode}`);
    await later.locator('.public-badges', { hasText: '不採択' }).waitFor();
    const decision = later.locator('section.public-decision');
    expect(await decision.locator('h3').allInnerTexts()).toEqual(['合同評価会議の講評', '予算不成立の理由']);
    expect(await decision.locator('.public-comment').allInnerTexts()).toEqual([KOHYO, BUDGET_REASON]);
    expect(await later.locator('body').innerText()).not.toContain(NOTE);
    await axeClean(later, 'public fallen budget');
  });
});
