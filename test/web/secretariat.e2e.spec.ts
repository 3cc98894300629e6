import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import type { Browser, Page } from 'playwright-core';
import {
  ApiClient,
  completeProposalContent,
  createMunicipality,
  minimalPdf,
  move,
  must,
  newPerson,
  openBrowser,
  saveScreenshot,
  seriousAccessibilityViolations,
  signIn,
  startSystem,
  type MunicipalityFixture,
  type RunningSystem,
} from '@kyodo/testing';
import {
  acceptProposal,
  addTheme,
  announceDecisions,
  assignReviewers,
  assignmentRows,
  autoAssign,
  confirmDialog,
  createCall,
  openProposal,
  publishProposal,
  requestReport,
  returnProposal,
  scheduleSession,
  setRubricFromTemplate,
} from './pages/secretariat';

/** A datetime-local value in Japan time, `days` from now. */
const jst = (days: number) => new Date(Date.now() + days * 86_400_000 + 9 * 3_600_000).toISOString().slice(0, 16);

/**
 * The secretariat's console in a real browser against the real system: a call made in the UI, a rubric from a
 * template, screening (accept, return with a reason per section), assignments by hand and automatic, a joint
 * evaluation session, a report built and downloaded, a dead letter sent again; axe on every page.
 */
describe('secretariat console', () => {
  let system: RunningSystem;
  let browser: Browser;
  let x: MunicipalityFixture;
  let page: Page;
  let callId: string;
  let sessionId: string;
  const ids: string[] = [];

  const axeClean = async (name: string) => {
    expect({ page: name, violations: await seriousAccessibilityViolations(page) }).toEqual({
      page: name,
      violations: [],
    });
  };

  beforeAll(async () => {
    system = await startSystem();
    browser = await openBrowser();
    x = await createMunicipality(new ApiClient(system.baseUrl), '藤沢市');
    ({ page } = await newPerson(browser, system.baseUrl));
    await signIn(page, x.emailOf('secretariat'), 'fixture-password-1');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('creates a call in the UI, posts a theme, and sets its document rubric from a template', async () => {
    callId = await createCall(page, {
      titleJa: '令和8年度 協働事業提案（画面から作成）',
      titleEn: 'FY2026 proposals (made in the console)',
      fiscalYear: 2026,
      opensAt: jst(-1),
      closesAt: jst(30),
      reviewDeadlineAt: jst(40),
      holdDecisionNotices: true,
    });
    const made = await must(x.secretariat.get(`/api/v1/calls/${callId}`));
    expect(made).toMatchObject({ titleJa: '令和8年度 協働事業提案（画面から作成）', fiscalYear: 2026 });
    expect(made.holdDecisionNotices).toBe(true);

    await addTheme(page, callId, {
      department: 'こども家庭課',
      titleJa: '子どもの居場所づくり',
      titleEn: 'Places for children',
    });
    const themes = await must(x.secretariat.get(`/api/v1/calls/${callId}/themes`));
    expect(themes).toEqual([
      expect.objectContaining({ departmentId: x.departmentId, titleJa: '子どもの居場所づくり' }),
    ]);

    await setRubricFromTemplate(page, callId, 'document', 'selection-weighted-30');
    const templates = await must(x.secretariat.get('/api/v1/rubric-templates'));
    const rubric = await must(x.secretariat.get(`/api/v1/calls/${callId}/rubrics/document`));
    expect(rubric.definition.criteria.map((c: { key: string }) => c.key)).toEqual(
      templates['selection-weighted-30'].criteria.map((c: { key: string }) => c.key),
    );
    await axeClean('call editor');
    await saveScreenshot(page, 'console-call-editor');
  });

  it('shows what needs screening, accepts one proposal and returns another with a reason', async () => {
    for (const [i, title] of ['多世代がつながる地域食堂', '海岸清掃と環境学習', '子ども見守りネットワーク'].entries()) {
      const draft = await must(
        x.proposerA.post(`/api/v1/calls/${callId}/proposals`, {
          organizationId: x.groupAId,
          title,
          // the first works with こども家庭課: its staff may not review it (a conflict the API finds)
          partnerDepartmentIds: i === 0 ? [x.departmentId] : [],
          content: completeProposalContent(),
        }),
      );
      if (i === 0) {
        const upload = await fetch(
          `${system.baseUrl}/api/v1/proposals/${draft.id}/attachments?filename=${encodeURIComponent('事業計画書.pdf')}`,
          {
            method: 'POST',
            headers: { authorization: `Bearer ${x.proposerA.token}`, 'content-type': 'application/pdf' },
            body: new Uint8Array(minimalPdf()),
          },
        );
        expect(upload.status).toBe(201);
      }
      await move(x.proposerA, draft.id, 'SUBMIT');
      ids.push(draft.id);
    }
    await page.goto('/console');
    await page.locator(`a[href="/console/proposals/${ids[0]}"]`).waitFor();
    await axeClean('dashboard');
    await saveScreenshot(page, 'console-dashboard');

    await openProposal(page, ids[0]);
    // The attached documents are screened with the text: listed, and each one downloads as it was sent.
    const attachments = page.locator('#screening-attachments');
    await attachments.waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      attachments.getByRole('button', { name: '事業計画書.pdf' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('事業計画書.pdf');
    expect(readFileSync(await download.path()).equals(minimalPdf())).toBe(true);
    await axeClean('screening');
    await saveScreenshot(page, 'console-screening');
    await acceptProposal(page, ids[0]);
    expect((await must(x.secretariat.get(`/api/v1/proposals/${ids[0]}`))).state).toBe('review');

    await returnProposal(page, ids[1], {
      fields: { budget: '収支予算の内訳を補足してください。' },
      general: '団体の概要も最新にしてください。',
    });
    expect((await must(x.secretariat.get(`/api/v1/proposals/${ids[1]}`))).state).toBe('submitted.revisionRequested');
    const audit = await must(x.secretariat.get(`/api/v1/proposals/${ids[1]}/audit`));
    expect(JSON.stringify(audit)).toContain('収支予算の内訳を補足してください。');

    await acceptProposal(page, ids[2]);
    await page.goto(`/console/calls/${callId}/proposals?state=review`);
    await page.locator('tbody tr').nth(1).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(2);
  });

  it('assigns two reviewers by hand (a third is found in conflict) and the rest automatically', async () => {
    const rows = await assignReviewers(page, ids[0], ['reviewer', 'reviewer2', 'department']);
    expect(rows).toHaveLength(3);
    expect(rows.filter((row) => row.includes('利害関係あり'))).toEqual([expect.stringContaining('department')]);
    // After a reload the table comes from the proposal's assignments (GET), not from what was just made.
    const listed = await assignmentRows(page, ids[0]);
    expect(listed).toHaveLength(3);
    expect(listed.filter((row) => row.includes('割当済み'))).toEqual([
      expect.stringMatching(/^reviewer\s/),
      expect.stringMatching(/^reviewer2\s/),
    ]);
    expect(listed.filter((row) => row.includes('利害関係あり'))).toEqual([expect.stringContaining('department')]);
    await page.locator('#assign-heading ~ fieldset label', { hasText: /^reviewer4\s/ }).waitFor();
    const offered = await page.locator('#assign-heading ~ fieldset label').allInnerTexts();
    expect(offered.some((label) => label.startsWith('proposer-a'))).toBe(false);
    expect(offered.some((label) => label.startsWith('secretariat'))).toBe(false);
    await axeClean('assignments');
    await saveScreenshot(page, 'console-assignments');
    const queue = await must(x.reviewer.get('/api/v1/me/assignments'));
    expect(JSON.stringify(queue)).toContain(ids[0]);

    const message = await autoAssign(page, callId, { perProposal: 2 });
    expect(message).toMatch(/[1-9]/);
    await axeClean('call proposals');
    const queues = await Promise.all(
      [x.reviewer, x.reviewer2, x.reviewer3, x.reviewer4, x.departmentStaff].map(async (c) =>
        JSON.stringify(await must(c.get('/api/v1/me/assignments'))),
      ),
    );
    expect(queues.filter((q) => q.includes(ids[2])).length).toBe(2);
  });

  it('schedules a joint evaluation session and links to its meeting page', async () => {
    await page.goto(`/console/calls/${callId}/sessions/new`);
    await page.locator(`#agenda-${ids[0]}`).waitFor();
    const committees = await page.locator('#session-committee option').allInnerTexts();
    expect(committees).toContainEqual(expect.stringContaining('協働事業評価委員会（委員2人）'));
    await axeClean('session form');
    sessionId = await scheduleSession(page, callId, {
      committeeId: x.committeeId,
      startsAt: '2026-08-20T13:30',
      place: '市役所 第3会議室',
      proposalIds: [ids[0], ids[2]],
    });
    const session = await must(x.secretariat.get(`/api/v1/sessions/${sessionId}`));
    expect(session.agenda.map((a: { proposalId: string }) => a.proposalId)).toEqual([ids[0], ids[2]]);
    expect(session.startsAt).toBe('2026-08-20T04:30:00.000Z');
    await axeClean('session created');
    await saveScreenshot(page, 'console-session');
  });

  it('ranks the scored proposal, publishes its decision and announces the held notices', async () => {
    // The reviewers score (API), the committee decides (API); the secretariat sees and publishes (UI).
    const clients = [x.reviewer, x.reviewer2, x.reviewer3, x.reviewer4, x.departmentStaff];
    const templates = await must(x.secretariat.get('/api/v1/rubric-templates'));
    const scores = Object.fromEntries(
      templates['selection-weighted-30'].criteria.map((c: { key: string }) => [c.key, 4]),
    );
    for (const client of clients) {
      const { pending } = await must(client.get('/api/v1/me/assignments'));
      for (const a of pending.filter((p: { proposalId: string }) => p.proposalId === ids[0])) {
        await must(client.request('PUT', `/api/v1/assignments/${a.id}/score-sheet`, { scores }));
        await must(client.post(`/api/v1/assignments/${a.id}/score-sheet/submit`));
      }
    }
    await move(x.secretariat, ids[0], 'REVIEW_COMPLETE');
    await must(
      x.secretariat.request('PUT', `/api/v1/sessions/${sessionId}/attendance`, {
        present: [x.chairId, x.committeeMemberId],
      }),
    );
    await move(x.chair, ids[0], 'FINALIZE', { decision: 'adopted', reason: '地域の課題に的確に応える提案である。' });

    await page.goto(`/console/calls/${callId}/proposals`);
    const ranked = page.locator('#results-heading ~ table tbody tr');
    await ranked.first().waitFor();
    expect(await ranked.first().innerText()).toContain('多世代がつながる地域食堂');
    await axeClean('results');
    await saveScreenshot(page, 'console-results');

    await page.goto(`/console/calls/${callId}/publication`);
    await page.locator(`a[href="/console/proposals/${ids[0]}"]`).waitFor();
    await axeClean('publication');
    await saveScreenshot(page, 'console-publication');
    await publishProposal(page, ids[0]);
    expect((await must(x.secretariat.get(`/api/v1/proposals/${ids[0]}`))).state).toBe('disclosed.adopted');
    const announced = await announceDecisions(page, callId);
    expect(announced).toMatch(/\d/);
  });

  it('asks for a report, waits for it and downloads it', async () => {
    const download = await requestReport(page, { kind: 'call-summary-pdf', callId });
    const path = await download.path();
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
    const { items } = await must(x.secretariat.get('/api/v1/reports'));
    const file = await x.secretariat.get(`/api/v1/reports/${items[0].id}/file`);
    expect(file.status).toBe(200);
    expect(String(file.body).length).toBeGreaterThan(0);
    await page.locator('#list-heading ~ div table tbody tr').first().waitFor();
    await axeClean('reports');
    await saveScreenshot(page, 'console-reports');
  });

  it('sends a dead letter again, previews a template, and speaks English', async () => {
    if (system.databaseUrl) {
      const db = new Client({ connectionString: system.databaseUrl });
      await db.connect();
      await db.query(
        `INSERT INTO dead_letters (id, queue, job_name, job_id, payload, error, attempts, failed_at, municipality_id)
         VALUES ($1, 'timers', 'timer.session-reminder', $2, $3, 'smtp down', 5, now(), $4)`,
        [
          randomUUID(),
          `e2e-${randomUUID()}`,
          { municipalityId: x.municipalityId, sessionId: randomUUID() },
          x.municipalityId,
        ],
      );
      await db.end();
    }
    await page.goto('/console/dead-letters');
    if (system.databaseUrl) {
      await page.locator('tbody tr button').first().click();
      await axeClean('dead letters (dialog)');
      await confirmDialog(page);
      await page.locator('p[role=status]', { hasText: /./ }).waitFor();
      const letters = await must(x.secretariat.get('/api/v1/admin/dead-letters'));
      expect(letters[0].retriedAt).not.toBeNull();
    } else {
      await page.locator('.empty-state').waitFor();
    }
    await axeClean('dead letters');

    await page.goto('/console/templates');
    await page.locator('#template-name').selectOption('proposal.returned');
    await page.locator('#template-subject', { hasText: '提案の修正をお願いします' }).waitFor();
    await page.locator('#template-locale').selectOption('en');
    await page.locator('#template-subject', { hasText: 'Please correct your proposal' }).waitFor();
    await axeClean('templates');

    const english = await newPerson(browser, system.baseUrl, { locale: 'en' });
    await signIn(english.page, x.emailOf('secretariat'), 'fixture-password-1');
    await english.page.goto('/console');
    await english.page.getByRole('heading', { level: 1, name: 'Secretariat dashboard' }).waitFor();
    expect(await seriousAccessibilityViolations(english.page)).toEqual([]);
    await english.context.close();
  });
});
