import type { Browser } from 'playwright-core';
import {
  ApiClient,
  completeProposalContent,
  createMunicipality,
  move,
  must,
  type MunicipalityFixture,
  newPerson,
  openBrowser,
  type RunningSystem,
  saveScreenshot,
  seriousAccessibilityViolations,
  sessionBody,
  signIn,
  smallRubric,
  startSystem,
  waitFor,
} from '@kyodo/testing';
import {
  decide,
  enterConsensus,
  liveSubmitted,
  openSession,
  recordFullAttendance,
  recordMinutes,
  selectAgendaItem,
  waitForLiveSubmitted,
} from './pages/committee';

const PASSWORD = 'fixture-password-1';
const TITLE = '商店街の空き店舗を使った子育て広場';

/**
 * The committee's meeting mode in a real browser: the chair and a member on the session page; a member's
 * sheet submitted from elsewhere updates both pages' live aggregate without a reload; the chair records
 * attendance, the consensus, the minutes and the decision with its 講評, and the proposal is decided.
 */
describe('committee meeting mode', () => {
  let system: RunningSystem;
  let browser: Browser;
  let x: MunicipalityFixture;
  let proposalId: string;
  let sessionId: string;
  const presentationSheets = new Map<string, string>();

  beforeAll(async () => {
    system = await startSystem();
    browser = await openBrowser();
    x = await createMunicipality(new ApiClient(system.baseUrl));
    await must(x.secretariat.request('PUT', `/api/v1/calls/${x.callId}/rubrics/document`, smallRubric()));
    await must(x.secretariat.request('PUT', `/api/v1/calls/${x.callId}/rubrics/presentation`, smallRubric()));
    proposalId = (
      await must(
        x.proposerA.post(`/api/v1/calls/${x.callId}/proposals`, {
          organizationId: x.groupAId,
          title: TITLE,
          content: completeProposalContent(),
        }),
      )
    ).id;
    await move(x.proposerA, proposalId, 'SUBMIT');
    await move(x.secretariat, proposalId, 'ACCEPT');
    const [documentSheet] = await must(
      x.secretariat.post(`/api/v1/proposals/${proposalId}/assignments`, {
        reviewerIds: [x.reviewerId],
        stage: 'document',
      }),
    );
    await must(
      x.reviewer.request('PUT', `/api/v1/assignments/${documentSheet.id}/score-sheet`, {
        scores: { public_benefit: 4, feasibility: 4 },
        comments: { feasibility: '妥当' },
      }),
    );
    await must(x.reviewer.post(`/api/v1/assignments/${documentSheet.id}/score-sheet/submit`));
    await move(x.secretariat, proposalId, 'REVIEW_COMPLETE');
    const sheets = await must(
      x.secretariat.post(`/api/v1/proposals/${proposalId}/assignments`, {
        reviewerIds: [x.chairId, x.committeeMemberId],
        stage: 'presentation',
      }),
    );
    for (const s of sheets as Array<{ id: string; reviewerId: string }>) presentationSheets.set(s.reviewerId, s.id);
    sessionId = (
      await must(x.secretariat.post(`/api/v1/calls/${x.callId}/sessions`, sessionBody(x.committeeId, [proposalId])))
    ).id;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const submitAs = async (client: ApiClient, reviewerId: string, value: number) => {
    const id = presentationSheets.get(reviewerId)!;
    await must(
      client.request('PUT', `/api/v1/assignments/${id}/score-sheet`, {
        scores: { public_benefit: value, feasibility: value - 1 },
        comments: { feasibility: '発表は明快' },
      }),
    );
    await must(client.post(`/api/v1/assignments/${id}/score-sheet/submit`));
  };

  it('updates the live aggregate on every open page as members submit, then the chair decides', async () => {
    const chair = await newPerson(browser, system.baseUrl);
    const member = await newPerson(browser, system.baseUrl);
    await signIn(chair.page, x.emailOf('chair'), PASSWORD);
    await signIn(member.page, x.emailOf('member'), PASSWORD);

    // the list of my sessions leads to the meeting
    await chair.page.goto('/committee');
    await chair.page.locator('.card a').first().click();
    await chair.page.locator('[data-testid=live-state]', { hasText: 'ライブ更新中' }).waitFor();
    expect(chair.page.url()).toContain(`/committee/sessions/${sessionId}`);
    await openSession(member.page, sessionId);
    await selectAgendaItem(chair.page, TITLE);
    for (const page of [chair.page, member.page]) await waitForLiveSubmitted(page, 0, 2);

    // a member submits on their tablet (through the API): both pages update without a reload
    await submitAs(x.committeeMember, x.committeeMemberId, 5);
    for (const page of [chair.page, member.page]) await waitForLiveSubmitted(page, 1, 2);
    await chair.page.locator('[data-testid=live-total]', { hasText: '92.00' }).waitFor();
    await submitAs(x.chair, x.chairId, 3);
    for (const page of [chair.page, member.page]) await waitForLiveSubmitted(page, 2, 2);
    expect(await liveSubmitted(member.page)).toContain('2 / 2');
    await member.page.locator('[data-testid=mean-public_benefit]', { hasText: '4.00' }).waitFor();

    // the timer counts down, pauses, and moves to questions by keyboard
    const timer = chair.page.locator('[data-testid=timer]');
    expect(await timer.innerText()).toBe('7:00');
    await chair.page.getByRole('button', { name: '開始' }).focus();
    await chair.page.keyboard.press('Enter');
    await waitFor(async () => (await timer.innerText()) !== '7:00', 5_000);
    await chair.page.getByRole('button', { name: '一時停止' }).click();
    await chair.page.getByRole('button', { name: '次へ（質疑応答）' }).click();
    expect(await timer.innerText()).toBe('8:00');

    await recordFullAttendance(chair.page);
    await enterConsensus(
      chair.page,
      { public_benefit: 4, feasibility: 3 },
      { public_benefit: '地域の子育て世帯への波及が大きい', feasibility: '会場確保に課題が残る' },
    );
    expect(await chair.page.locator('section[aria-labelledby=consensus-heading]').innerText()).toContain(
      '個別平均 4.00 との差 0.00',
    );
    await recordMinutes(chair.page, '令和8年度 第1回 合同評価会議 議事録\n1. 開会\n2. 審議');
    expect(await seriousAccessibilityViolations(chair.page)).toEqual([]);
    expect(await seriousAccessibilityViolations(member.page)).toEqual([]);
    await saveScreenshot(chair.page, 'committee-session');

    // only the chair decides: the member's page says so
    expect(await member.page.locator('.agenda-item').innerText()).toContain('決定は委員長が行います');
    await decide(
      chair.page,
      'adoptedWithConditions',
      '地域資源を生かした優れた提案。会場確保の見通しを早期に示すこと。',
      ['四半期ごとに進捗を報告すること'],
    );
    expect(await seriousAccessibilityViolations(chair.page)).toEqual([]);
    await saveScreenshot(chair.page, 'committee-decision');
    const decided = await must(x.secretariat.get(`/api/v1/proposals/${proposalId}`));
    expect(decided.state).toBe('decided.adoptedWithConditions');
    // the member's page hears of the decision through the stream
    await member.page.locator('[data-testid=decision-state]', { hasText: '条件付き採択' }).waitFor();
    const session = await must(x.chair.get(`/api/v1/sessions/${sessionId}`));
    expect(session.minutes).toContain('議事録');
    expect(session.consensus[0]).toMatchObject({ scores: { public_benefit: 4, feasibility: 3 } });
    await chair.context.close();
    await member.context.close();
  });
});
