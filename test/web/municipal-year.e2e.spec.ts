import type { Page } from 'playwright-core';
import { must, saveScreenshot, signIn, waitFor } from '@kyodo/testing';
import { decide, enterConsensus, openSession, runSessionToDecision, selectAgendaItem } from './pages/committee';
import { fileConsultationReport, pressAndConfirm } from './pages/events';
import { browserSuite, PASSWORD } from './pages/harness';
import { fillAgreement, recordMilestone, sendStep } from './pages/partnership';
import { BrowserProblems } from './pages/problems';
import {
  attachFile,
  chooseTheme,
  fillProposal,
  fixSummaryAndResubmit,
  recordPreConsultation,
  startDraft,
  submitProposal,
} from './pages/proposer';
import { openPublicProposal } from './pages/public';
import { openAssignment, scoreAndSubmit } from './pages/reviewer';
import {
  acceptProposal,
  addTheme,
  announceDecisions,
  assignReviewers,
  completeReview,
  confirmDialog,
  createCall,
  openProposal,
  publishProposal,
  returnProposal,
  scheduleSession,
  setRubricFromTemplate,
} from './pages/secretariat';

const CALL_TITLE = '令和9年度 協働事業提案制度（一年の通し）';
const THEME = '子どもの居場所づくり';
const GROUP_TITLE = '放課後の子ども食堂と学習支援';
const DEPARTMENT_TITLE = '公園を使った親子の防災キャンプ';
const PLAIN_TITLE = '商店街の空き店舗を使った多世代サロン';
const CONDITION = '四半期ごとに利用者数を報告すること';
const KOHYO = '地域の子どもの居場所として必要性が高く、学校との連携も具体的である。';
const PLAIN_KOHYO = '空き店舗の活用と交流の場づくりを両立させる提案として評価できる。';
const NOT_ADOPTED_KOHYO = '趣旨は理解できるが、実施体制と安全管理の具体化が必要である。';
const ASSESSMENT =
  '放課後の居場所として定着し、目標の利用者数をほぼ達成した。学習支援の担い手確保は次年度の課題である。';

/** `YYYY-MM-DDTHH:mm` in Japan time, as a datetime-local input takes it. */
function japanTime(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000 + 9 * 3_600_000).toISOString().slice(0, 16);
}

/**
 * One call's whole municipal year, through the pages only and in Japanese, each person in a window of their own:
 * the secretariat sets up the call (事前相談, 担当課協議, 予算成立までの仮採択, 一斉通知); a group answering a
 * department's theme and a department on its own each submit after a pre-consultation; a second group proposes
 * freely; the first group's proposal is returned and resubmitted; screening, the department's 協議結果報告書 and the secretariat's, blind scoring by two
 * reviewers, the committee's session with its consensus, a conditional and a plain adoption each held until the
 * budget passes, and a rejection, the announcement and publication; then the 協定 and its 協定書 PDF, START, the condition met, progress
 * reports by both partners (one accepted and public, one returned), milestones, a plan change, END, the results
 * report with its accounts, both self-evaluations, the committee's end-of-term verdict and its publication; and a
 * citizen reads decision, progress and assessment. The API is only read, never driven. Every console error and
 * every failed request of every window is counted, and the story ends with none.
 */
describe('one municipal year, in the browser, for every role', () => {
  const web = browserSuite({ municipality: '協働市' });
  const problems = new BrowserProblems();

  /** A new window for a fixture person (null: a citizen), watched from before it signs in. */
  const open = async (name: string | null, options: { phone?: boolean } = {}): Promise<Page> => {
    const page = problems.watch(await web.person(null, options), name ?? 'citizen');
    if (name) await signIn(page, web.x.emailOf(name), PASSWORD);
    return page;
  };
  const stateOf = async (id: string): Promise<string> =>
    (await must(web.x.secretariat.get(`/api/v1/proposals/${id}`))).state;
  // A story stopped half way still says what had gone wrong in the browser by then.
  afterAll(() => {
    if (problems.list().length > 0) process.stderr.write(`browser problems:\n${problems.list().join('\n')}\n`);
  });
  const partnership = (id: string) => must(web.x.secretariat.get(`/api/v1/proposals/${id}/partnership`));

  it('runs from the call to the published end-of-term assessment with no console error and no failed request', async () => {
    // ── 募集の準備: the secretariat opens the call with every step the demo has, its sheets and a theme.
    const secretariat = await open('secretariat');
    // A new call has no sheets yet: the editor asks for each stage it shows and is told there is none (422
    // rubric_missing; the API has no list of a call's sheets to ask instead).
    problems.expect(422, /^\/api\/v1\/calls\/[0-9a-f-]+\/rubrics\/(document|project_end)$/, 2);
    const callId = await createCall(secretariat, {
      titleJa: CALL_TITLE,
      titleEn: '',
      fiscalYear: 2027,
      opensAt: japanTime(-1),
      closesAt: japanTime(30),
      holdDecisionNotices: true,
      preConsultation: true,
      consultationRequired: true,
      provisionalAdoption: true,
    });
    const settings = await must(web.x.secretariat.get(`/api/v1/calls/${callId}`));
    expect(settings).toMatchObject({
      preConsultation: true,
      consultationRequired: true,
      provisionalAdoption: true,
      holdDecisionNotices: true,
    });
    await setRubricFromTemplate(secretariat, callId, 'document', 'selection-weighted-30');
    await setRubricFromTemplate(secretariat, callId, 'project_end', 'project-end');
    await addTheme(secretariat, callId, { department: 'こども家庭課', titleJa: THEME });
    const rubric = await must(web.x.secretariat.get(`/api/v1/calls/${callId}/rubrics/document`));
    const criteria = rubric.definition.criteria as Array<{ key: string; scale: { min: number; max: number } }>;
    await saveScreenshot(secretariat, 'year-01-call');

    // ── 提案: the group answers the department's theme, records its 事前相談, fills the form and submits.
    const group = await open('proposer-a');
    const groupId = await startDraft(group, CALL_TITLE, GROUP_TITLE);
    await chooseTheme(group, THEME);
    await recordPreConsultation(group, '5月12日 こども家庭課と、対象学年と会場について相談した。');
    await fillProposal(group, {
      summary: '小学校区の公民館で週2回、放課後の食事と学習支援を行う。',
      background: '共働き世帯が増え、放課後をひとりで過ごす子どもが多い。',
      objectives: '子どもが安心して過ごせる居場所を地域でつくる。',
      requestedAmount: 800000,
    });
    await attachFile(group);
    expect(await submitProposal(group)).toMatch(/\d/);
    const groupProposal = await must(web.x.proposerA.get(`/api/v1/proposals/${groupId}`));
    expect(groupProposal).toMatchObject({ state: 'submitted.screening', partnerDepartmentIds: [web.x.departmentId] });
    await saveScreenshot(group, 'year-02-group-submitted');

    // The department proposes on its own (市提案), after its own 事前相談.
    const department = await open('department');
    const departmentId = await startDraft(department, CALL_TITLE, DEPARTMENT_TITLE);
    await recordPreConsultation(department, '5月20日 市民活動推進課と、実施時期について相談した。');
    await fillProposal(department, {
      summary: '公園で親子が一晩を過ごし、避難所の運営と備蓄の使い方を学ぶ。',
      requestedAmount: 600000,
    });
    await attachFile(department);
    await submitProposal(department);
    expect(await stateOf(departmentId)).toBe('submitted.screening');

    // A second group proposes freely (no theme, so no partner department yet).
    const groupB = await open('proposer-b');
    const plainId = await startDraft(groupB, CALL_TITLE, PLAIN_TITLE);
    await fillProposal(groupB, { summary: '商店街の空き店舗を週3回開き、高齢者と親子が集うサロンにする。' });
    await attachFile(groupB);
    await submitProposal(groupB);

    // ── 形式審査: the group's summary is returned with its reason, corrected and resubmitted; both are accepted.
    await returnProposal(secretariat, groupId, {
      fields: { summary: '対象となる学年と定員を明記してください。' },
      general: '概要のほかは確認済みです。',
    });
    expect(await stateOf(groupId)).toBe('submitted.revisionRequested');
    await fixSummaryAndResubmit(
      group,
      groupId,
      '小学校区の公民館で週2回、小学1〜3年生（定員30人）に放課後の食事と学習支援を行う。',
    );
    expect(await stateOf(groupId)).toBe('submitted.screening');
    await acceptProposal(secretariat, groupId);
    await acceptProposal(secretariat, departmentId);
    await acceptProposal(secretariat, plainId);
    expect([await stateOf(groupId), await stateOf(departmentId)]).toEqual(['consultation', 'consultation']);

    // ── 担当課協議: the partner department files its report from its desk; the secretariat files the department's own.
    await department.goto('/review');
    await department.getByRole('link', { name: GROUP_TITLE, exact: true }).click();
    await department.locator('#consultation-heading').waitFor();
    await fileConsultationReport(department, {
      opinion: '子どもの居場所づくりの施策に合致する。',
      feasibility: '公民館の空き時間を活用でき、実施可能。',
      budgetIntent: '次年度当初予算で負担金を要求する。',
      conditions: ['学校との連絡体制を協定で定める'],
    });
    await openProposal(secretariat, departmentId);
    await fileConsultationReport(secretariat, {
      opinion: '防災啓発の新しい形として検討に値する。',
      feasibility: '夜間の安全管理に課題がある。',
      budgetIntent: '既存の防災啓発予算の範囲で検討する。',
    });
    await openProposal(secretariat, plainId);
    await fileConsultationReport(secretariat, {
      opinion: '商店街の活性化と高齢者の居場所づくりに資する。',
      feasibility: '商店会の協力が得られており、実施可能。',
      budgetIntent: '次年度当初予算で補助金を要求する。',
    });
    expect([await stateOf(groupId), await stateOf(departmentId), await stateOf(plainId)]).toEqual([
      'review',
      'review',
      'review',
    ]);

    // ── 審査: two reviewers score blind; the second sees nobody's figures until their own sheet is in.
    for (const id of [groupId, departmentId, plainId])
      await assignReviewers(secretariat, id, ['reviewer', 'reviewer2']);
    const top = Object.fromEntries(criteria.map((c) => [c.key, c.scale.max]));
    const lower = Object.fromEntries(criteria.map((c) => [c.key, Math.max(c.scale.min, c.scale.max - 1)]));
    const low = Object.fromEntries(criteria.map((c) => [c.key, c.scale.min]));
    const comments = Object.fromEntries(criteria.map((c) => [c.key, '地域の実情に即している。']));
    const reviewer = await open('reviewer');
    await scoreAndSubmit(reviewer, GROUP_TITLE, top, comments);
    await scoreAndSubmit(reviewer, DEPARTMENT_TITLE, low, comments);
    await scoreAndSubmit(reviewer, PLAIN_TITLE, lower, comments);
    const reviewer2 = await open('reviewer2');
    await openAssignment(reviewer2, GROUP_TITLE);
    expect(await reviewer2.locator('[data-testid=others-table]').count()).toBe(0);
    await scoreAndSubmit(reviewer2, GROUP_TITLE, lower, comments);
    await reviewer2.locator('[data-testid=others-table] tbody tr').nth(1).waitFor();
    await saveScreenshot(reviewer2, 'year-03-scored');
    await scoreAndSubmit(reviewer2, DEPARTMENT_TITLE, low, comments);
    await scoreAndSubmit(reviewer2, PLAIN_TITLE, lower, comments);

    // ── 合同評価会議: the chair records attendance, the consensus, the minutes, and decides both items.
    for (const id of [groupId, departmentId, plainId]) await completeReview(secretariat, id);
    const sessionId = await scheduleSession(secretariat, callId, {
      committeeId: web.x.committeeId,
      stage: 'document',
      startsAt: japanTime(1),
      place: '市役所 本庁舎 第1会議室',
      proposalIds: [groupId, departmentId, plainId],
    });
    const member = await open('member');
    await openSession(member, sessionId);
    const chair = await open('chair');
    await runSessionToDecision(chair, sessionId, GROUP_TITLE, 'adoptedWithConditions', KOHYO, {
      consensus: { scores: top, reasons: Object.fromEntries(criteria.map((c) => [c.key, '委員の意見が一致した。'])) },
      minutes: '第1回 合同評価会議 議事録\n1. 開会\n2. 提案の審議（2件）\n3. 閉会',
      conditions: [CONDITION],
      provisional: true,
    });
    await selectAgendaItem(chair, DEPARTMENT_TITLE);
    await enterConsensus(chair, low, Object.fromEntries(criteria.map((c) => [c.key, '具体性に欠ける。'])));
    await decide(chair, 'notAdopted', NOT_ADOPTED_KOHYO);
    await selectAgendaItem(chair, PLAIN_TITLE);
    await decide(chair, 'adopted', PLAIN_KOHYO, [], true);
    await saveScreenshot(chair, 'year-04-decided');
    expect([await stateOf(groupId), await stateOf(departmentId), await stateOf(plainId)]).toEqual([
      'decided.provisional',
      'decided.notAdopted',
      'decided.provisional',
    ]);

    // ── 予算成立 and 一斉通知: the budget passes, the held notices go out at once, both are published.
    for (const id of [groupId, plainId]) {
      await openProposal(secretariat, id);
      await secretariat.locator('#budget-heading').waitFor();
      await pressAndConfirm(secretariat, 'BUDGET_APPROVED');
      await secretariat.locator('#budget-heading').waitFor({ state: 'detached' });
    }
    expect([await stateOf(groupId), await stateOf(plainId)]).toEqual([
      'decided.adoptedWithConditions',
      'decided.adopted',
    ]);
    expect(await announceDecisions(secretariat, callId)).toMatch(/\d/);
    await publishProposal(secretariat, groupId);
    await publishProposal(secretariat, departmentId);
    await publishProposal(secretariat, plainId);
    expect([await stateOf(groupId), await stateOf(departmentId), await stateOf(plainId)]).toEqual([
      'disclosed.adoptedWithConditions',
      'disclosed.notAdopted',
      'disclosed.adopted',
    ]);

    // ── 協定: from the proposal's own terms, with the granted amount, and its 協定書 made by the worker.
    await openProposal(secretariat, groupId);
    await secretariat.locator(`a[href="/console/proposals/${groupId}/agreement"]`).first().click();
    await secretariat.locator('#ag-group').waitFor();
    await fillAgreement(secretariat, {
      termEnd: '2028-03-31',
      grantedAmount: '750000',
      informationSharing: '毎月の連絡会で利用状況と課題を共有する',
      formNumber: '様式第7号',
      partnershipForm: 'futankin',
    });
    await secretariat.locator('button[data-action=conclude]').click();
    await confirmDialog(secretariat);
    await secretariat.waitForURL((url) => url.pathname === `/console/proposals/${groupId}/partnership`);
    await secretariat.locator('button[data-action=agreement-pdf]').click();
    const ready = secretariat.locator('button[data-action=agreement-download]');
    await ready.waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([secretariat.waitForEvent('download'), ready.click()]);
    const pdf = await download.createReadStream().then(
      (stream) =>
        new Promise<Buffer>((resolve, reject) => {
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => resolve(Buffer.concat(chunks)));
          stream.on('error', reject);
        }),
    );
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await saveScreenshot(secretariat, 'year-05-agreement');
    await sendStep(secretariat, 'START');
    expect(await stateOf(groupId)).toBe('implementation');

    // ── 実施: the condition met with its evidence.
    await secretariat.locator('#evidence-c1').fill('6月の連絡会で、学校との連絡体制を確認した');
    await secretariat.locator('button[data-resolve=c1]').click();
    await confirmDialog(secretariat);
    await secretariat.locator('button[data-resolve=c1]').waitFor({ state: 'detached' });

    // The group reports its progress, records a milestone and asks for a plan change.
    await group.goto(`/workspace/proposals/${groupId}`);
    await group.locator('#pr-summary').waitFor();
    await group.locator('#pr-from').fill('2027-04-01');
    await group.locator('#pr-to').fill('2027-09-30');
    await group.locator('#pr-summary').fill('週2回の食堂と学習支援を開き、上半期で延べ620人が利用した。');
    await group.locator('#pr-kpi-0').fill('620');
    await group.locator('section.progress-report-form form button[type=submit]').click();
    await confirmDialog(group);
    await group.locator('.progress-report[data-status=submitted]').waitFor();
    await recordMilestone(group, '夏休み特別食堂', '2027-08-20', 'planned');
    await group.locator('#pc-kind-period').check();
    await group.locator('#pc-reason').fill('公民館の改修工事で、2月の開催ができなくなったため');
    await group.locator('#pc-description').fill('2月の8回を3月に移す');
    await group.locator('section.plan-change-form form button[type=submit]').click();
    await confirmDialog(group);
    await group.locator('.plan-change[data-status=submitted]').waitFor();
    await saveScreenshot(group, 'year-06-group-progress');

    // The partner department reports too, from the same page of the proposal it partners.
    await department.goto('/workspace');
    await department.getByRole('link', { name: GROUP_TITLE, exact: true }).click();
    await department.locator('#pr-summary').waitFor();
    await department.locator('#pr-from').fill('2027-04-01');
    await department.locator('#pr-to').fill('2027-09-30');
    await department.locator('#pr-summary').fill('会場の確保と学校への周知を行った。');
    await department.locator('#pr-kpi-0').fill('600');
    await department.locator('section.progress-report-form form button[type=submit]').click();
    await confirmDialog(department);
    await department.locator('.progress-report[data-status=submitted]', { hasText: '学校への周知' }).waitFor();

    // The secretariat accepts the group's report (it becomes public), returns the department's with a reason,
    // approves the plan change, marks the milestone held, and ends the project.
    await secretariat.reload();
    const submitted = secretariat.locator('.progress-report[data-status=submitted]');
    await submitted.nth(1).waitFor();
    const groupReport = submitted.filter({ hasText: '延べ620人' });
    await groupReport.locator('.report-review button.button:not(.button-secondary)').click();
    await secretariat.locator('.progress-report[data-status=accepted]').waitFor();
    const departmentReport = secretariat.locator('.progress-report[data-status=submitted]');
    await departmentReport.locator('textarea').fill('利用者数は団体の集計と合わせてください。');
    await departmentReport.locator('.report-review button.button-secondary').click();
    await secretariat.locator('.progress-report[data-status=returned]').waitFor();
    await secretariat
      .locator('.plan-change[data-status=submitted] .report-review button.button:not(.button-secondary)')
      .click();
    await secretariat.locator('.plan-change[data-status=approved]').waitFor();
    const held = secretariat.locator('.milestone-list li', { hasText: '夏休み特別食堂' });
    await held.locator('input[type=date]').fill('2027-08-20');
    await held.locator('.milestone-status button.button:not(.button-secondary)').click();
    await held.locator('.milestone-status').waitFor({ state: 'detached' });
    await saveScreenshot(secretariat, 'year-07-partnership');
    const running = await partnership(groupId);
    expect(
      running.progressReports.map((r: { reporterParty: string; status: string }) => [r.reporterParty, r.status]),
    ).toEqual(
      expect.arrayContaining([
        ['group', 'accepted'],
        ['department', 'returned'],
      ]),
    );
    expect(running.conditions[0]).toMatchObject({ note: '6月の連絡会で、学校との連絡体制を確認した' });
    expect(running.milestones[0]).toMatchObject({ status: 'done', doneOn: '2027-08-20' });
    await sendStep(secretariat, 'END');
    expect(await stateOf(groupId)).toContain('projectEvaluation');

    // ── 実績報告・収支決算: the group files, the secretariat accepts.
    await group.goto(`/workspace/proposals/${groupId}`);
    await group.locator('#rr-summary').waitFor();
    await group.locator('#rr-kpi-0').fill('1150');
    await group.locator('#rr-summary').fill('週2回の食堂と学習支援を年間92回開き、延べ1,150人が利用した。');
    await group.locator('#rr-line-0').fill('750000');
    await group.locator('#rr-line-1').fill('731200');
    await group.locator('#rr-used').fill('731200');
    // 750,000 granted − 731,200 used = 18,800 to return.
    expect(await group.locator('[data-testid=computed-return]').innerText()).toContain('18,800');
    await group.locator('section.results-report-form form button[type=submit]').click();
    await confirmDialog(group);
    await group.locator('.results-report[data-status=submitted]').waitFor();
    await secretariat.reload();
    await secretariat
      .locator('.results-report[data-status=submitted] .report-review button.button:not(.button-secondary)')
      .click();
    await secretariat.locator('.results-report[data-status=accepted]').waitFor();
    expect((await partnership(groupId)).resultsReports[0]).toMatchObject({ returnAmount: 18_800, status: 'accepted' });

    // ── 自己評価: the group and the department, each on its page of the proposal.
    const projectEnd = await must(web.x.secretariat.get(`/api/v1/calls/${callId}/rubrics/project_end`));
    const items = projectEnd.definition.criteria as Array<{ key: string; scale: { min: number; max: number } }>;
    const selfEvaluate = async (page: Page, summary: string, less: number) => {
      await page.goto(`/workspace/proposals/${groupId}`);
      await page.locator('#se-summary').fill(summary);
      for (const [i, item] of items.entries())
        await page.locator(`#se-score-${i}`).fill(String(item.scale.max - (i === 0 ? less : 0)));
      await page.locator('#se-kpi-0').fill('1150');
      await page.locator('section.self-evaluation button').click();
      await page.locator('#se-summary').waitFor({ state: 'detached' });
    };
    await selfEvaluate(group, '計画どおり食堂と学習支援を続け、延べ1,150人が利用した。', 0);
    await selfEvaluate(department, '学校との連携が進んだが、学習支援の担い手確保に課題が残った。', 2);
    const evaluation = await must(web.x.secretariat.get(`/api/v1/proposals/${groupId}/project-evaluation`));
    expect(evaluation.items[0]).toMatchObject({ group: items[0]!.scale.max, department: items[0]!.scale.max - 2 });

    // ── 事業評価: the chair reads both self-evaluations side by side and records the verdict; it is published.
    await chair.goto('/committee');
    await chair.locator('a[href="/committee/projects"]').click();
    await chair.locator(`a[href="/committee/projects/${groupId}"]`).click();
    await chair.locator('#self-scores').waitFor();
    expect(await chair.locator('#self-scores tbody tr.differs').count()).toBe(1);
    await chair.locator('#verdict-A').check();
    await chair.locator('#assess-comment').fill(ASSESSMENT);
    await chair.locator('.assess-form button[type=submit]').click();
    await confirmDialog(chair);
    await chair.locator('.assessed').waitFor();
    await saveScreenshot(chair, 'year-08-assessed');
    await publishProposal(secretariat, groupId);
    expect(await stateOf(groupId)).toBe('completed');

    // ── 公開: a citizen reads the decision, the progress and the assessment; the rejection is public too.
    await waitFor(
      async () =>
        (
          (await (await fetch(`${web.system.baseUrl}/api/v1/public/proposals/${groupId}`)).json()) as {
            assessment?: unknown;
          }
        ).assessment != null,
      15_000,
    );
    const citizen = await open(null);
    await openPublicProposal(citizen, web.x.municipalityCode, GROUP_TITLE);
    const decision = await citizen.locator('.public-decision').innerText();
    expect(decision).toContain('条件付き採択');
    expect(decision).toContain(KOHYO);
    expect(await citizen.locator('#public-kpis tbody tr').first().innerText()).toContain('620');
    const assessment = await citizen.locator('.public-assessment').innerText();
    expect(assessment).toContain(ASSESSMENT);
    expect(await citizen.locator('#public-assessment-kpis tbody tr').first().innerText()).toContain('1,150');
    expect(await citizen.locator('#public-self-evaluations tbody tr').count()).toBe(items.length);
    expect(await citizen.locator('main').innerText()).not.toContain(web.x.emailOf('proposer-a'));
    await saveScreenshot(citizen, 'year-09-public');
    await openPublicProposal(citizen, web.x.municipalityCode, DEPARTMENT_TITLE);
    expect(await citizen.locator('.public-decision').innerText()).toContain(NOT_ADOPTED_KOHYO);
    await openPublicProposal(citizen, web.x.municipalityCode, PLAIN_TITLE);
    expect(await citizen.locator('.public-decision').innerText()).toContain(PLAIN_KOHYO);

    // ── Nothing went wrong on any page of the year.
    expect(problems.list()).toEqual([]);
  }, 900_000);
});
