import {
  ApiClient,
  completeProposalContent,
  move,
  must,
  saveScreenshot,
  seriousAccessibilityViolations,
  sessionBody,
  smallRubric,
  waitFor,
} from '@kyodo/testing';
import { browserSuite } from './pages/harness';
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

const TITLE = '商店街の空き店舗を使った子育て広場';

/**
 * The committee's meeting mode in a real browser: the chair and a member on the session page; a member's
 * sheet submitted from elsewhere updates both pages' live aggregate without a reload; the chair records
 * attendance, the consensus, the minutes and the decision with its 講評, and the proposal is decided.
 */
describe('committee meeting mode', () => {
  const web = browserSuite();
  let proposalId: string;
  let sessionId: string;
  const presentationSheets = new Map<string, string>();

  beforeAll(async () => {
    await must(web.x.secretariat.request('PUT', `/api/v1/calls/${web.x.callId}/rubrics/document`, smallRubric()));
    await must(web.x.secretariat.request('PUT', `/api/v1/calls/${web.x.callId}/rubrics/presentation`, smallRubric()));
    proposalId = (
      await must(
        web.x.proposerA.post(`/api/v1/calls/${web.x.callId}/proposals`, {
          organizationId: web.x.groupAId,
          title: TITLE,
          content: completeProposalContent(),
        }),
      )
    ).id;
    await move(web.x.proposerA, proposalId, 'SUBMIT');
    await move(web.x.secretariat, proposalId, 'ACCEPT');
    const [documentSheet] = await must(
      web.x.secretariat.post(`/api/v1/proposals/${proposalId}/assignments`, {
        reviewerIds: [web.x.reviewerId],
        stage: 'document',
      }),
    );
    await must(
      web.x.reviewer.request('PUT', `/api/v1/assignments/${documentSheet.id}/score-sheet`, {
        scores: { public_benefit: 4, feasibility: 4 },
        comments: { feasibility: '妥当' },
      }),
    );
    await must(web.x.reviewer.post(`/api/v1/assignments/${documentSheet.id}/score-sheet/submit`));
    await move(web.x.secretariat, proposalId, 'REVIEW_COMPLETE');
    const sheets = await must(
      web.x.secretariat.post(`/api/v1/proposals/${proposalId}/assignments`, {
        reviewerIds: [web.x.chairId, web.x.committeeMemberId],
        stage: 'presentation',
      }),
    );
    for (const s of sheets as Array<{ id: string; reviewerId: string }>) presentationSheets.set(s.reviewerId, s.id);
    sessionId = (
      await must(
        web.x.secretariat.post(`/api/v1/calls/${web.x.callId}/sessions`, sessionBody(web.x.committeeId, [proposalId])),
      )
    ).id;
  }, 180_000);

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
    const chair = await web.person('chair');
    const member = await web.person('member');

    // the list of my sessions leads to the meeting
    await chair.goto('/committee');
    await chair.locator('.card a').first().click();
    await chair.locator('[data-testid=live-state]', { hasText: 'ライブ更新中' }).waitFor();
    expect(chair.url()).toContain(`/committee/sessions/${sessionId}`);
    await openSession(member, sessionId);
    await selectAgendaItem(chair, TITLE);
    for (const page of [chair, member]) await waitForLiveSubmitted(page, 0, 2);

    // a member submits on their tablet (through the API): both pages update without a reload
    await submitAs(web.x.committeeMember, web.x.committeeMemberId, 5);
    for (const page of [chair, member]) await waitForLiveSubmitted(page, 1, 2);
    // On the rubric's own full marks (60 + 40 = 100), shown as the call displays scores: 5 → 60, 4 of 5 → 32.
    await chair.locator('[data-testid=live-total]', { hasText: '平均92点（100点満点）' }).waitFor();
    await submitAs(web.x.chair, web.x.chairId, 3);
    for (const page of [chair, member]) await waitForLiveSubmitted(page, 2, 2);
    expect(await liveSubmitted(member)).toContain('2 / 2');
    // (5 + 3) ÷ 2 = 4, shown as practice shows it: 4, not 4.00
    await member.locator('[data-testid=mean-public_benefit]', { hasText: /^4$/ }).waitFor();

    // the room's timer: the chair starts it by keyboard, and the member's tablet counts down with it (no
    // controls there); pausing and moving to questions show on both
    const timer = chair.locator('[data-testid=timer]');
    const memberTimer = member.locator('[data-testid=timer]');
    expect(await timer.innerText()).toBe('7:00');
    expect(await member.getByRole('button', { name: '開始' }).count()).toBe(0);
    await chair.getByRole('button', { name: '開始' }).focus();
    await chair.keyboard.press('Enter');
    await waitFor(async () => (await timer.innerText()) !== '7:00', 5_000);
    await waitFor(async () => /^6:5\d$/.test(await memberTimer.innerText()), 10_000);
    await chair.getByRole('button', { name: '一時停止' }).click();
    await chair.getByRole('button', { name: '次へ（質疑応答）' }).click();
    expect(await timer.innerText()).toBe('8:00');
    await waitFor(async () => (await memberTimer.innerText()) === '8:00', 10_000);

    await recordFullAttendance(chair);
    await enterConsensus(
      chair,
      { public_benefit: 4, feasibility: 3 },
      { public_benefit: '地域の子育て世帯への波及が大きい', feasibility: '会場確保に課題が残る' },
    );
    expect(await chair.locator('section[aria-labelledby=consensus-heading]').innerText()).toContain(
      '個別平均 4.00 との差 0.00',
    );
    await recordMinutes(chair, '令和8年度 第1回 合同評価会議 議事録\n1. 開会\n2. 審議');
    expect(await seriousAccessibilityViolations(chair)).toEqual([]);
    expect(await seriousAccessibilityViolations(member)).toEqual([]);
    await saveScreenshot(chair, 'committee-session');

    // only the chair decides: the member's page says so
    expect(await member.locator('.agenda-item').innerText()).toContain('決定は委員長が行います');
    await decide(chair, 'adoptedWithConditions', '地域資源を生かした優れた提案。会場確保の見通しを早期に示すこと。', [
      '四半期ごとに進捗を報告すること',
    ]);
    expect(await seriousAccessibilityViolations(chair)).toEqual([]);
    await saveScreenshot(chair, 'committee-decision');
    const decided = await must(web.x.secretariat.get(`/api/v1/proposals/${proposalId}`));
    expect(decided.state).toBe('decided.adoptedWithConditions');
    // the member's page hears of the decision through the stream
    await member.locator('[data-testid=decision-state]', { hasText: '条件付き採択' }).waitFor();
    const session = await must(web.x.chair.get(`/api/v1/sessions/${sessionId}`));
    expect(session.minutes).toContain('議事録');
    expect(session.consensus[0]).toMatchObject({ scores: { public_benefit: 4, feasibility: 3 } });
  });
});
