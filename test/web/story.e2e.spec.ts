import { must, saveScreenshot, seriousAccessibilityViolations, waitFor } from '@kyodo/testing';
import { browserSuite } from './pages/harness';
import { runSessionToDecision, waitForLiveSubmitted, openSession, selectAgendaItem } from './pages/committee';
import { createAndSubmitProposal } from './pages/proposer';
import { openPublicProposal } from './pages/public';
import { scoreAndSubmit } from './pages/reviewer';
import {
  acceptProposal,
  assignReviewers,
  completeReview,
  createCall,
  publishProposal,
  scheduleSession,
  setRubricFromTemplate,
} from './pages/secretariat';

const CALL_TITLE = '令和9年度 協働事業提案制度（ブラウザ通し）';
const TITLE = '高齢者と学生がつながる買い物支援サービス';
const KOHYO = '地域の担い手を育てる視点が明確で、市の施策とも合致する。学生の継続的な参加の仕組みを具体化されたい。';

/** `YYYY-MM-DDTHH:mm` in Japan time, as a datetime-local input takes it. */
function japanTime(offsetDays: number): string {
  const moment = new Date(Date.now() + offsetDays * 86_400_000 + 9 * 3_600_000);
  return moment.toISOString().slice(0, 16);
}

/**
 * The whole story in the browser, each person in their own window and role, nothing done through the API
 * but reading what happened: a group submits, the secretariat screens and assigns, two reviewers score, the
 * committee's session reaches a decision, the secretariat publishes, and a citizen on a phone reads it.
 */
describe('the story of one proposal, in the browser', () => {
  const web = browserSuite({ municipality: '協働市' });

  it('goes from a group’s submission to the public page', async () => {
    // The secretariat opens a call with a rubric from a template.
    const secretariat = await web.person('secretariat');
    const callId = await createCall(secretariat, {
      titleJa: CALL_TITLE,
      titleEn: 'FY2027 collaborative proposals (browser story)',
      fiscalYear: 2027,
      opensAt: japanTime(-1),
      closesAt: japanTime(30),
    });
    await setRubricFromTemplate(secretariat, callId, 'document', 'selection-weighted-30');
    const rubric = await must(web.x.secretariat.get(`/api/v1/calls/${callId}/rubrics/document`));
    const criteria = rubric.definition.criteria as Array<{ key: string; scale: { min: number; max: number } }>;
    expect(criteria.length).toBeGreaterThan(1);
    await saveScreenshot(secretariat, 'story-1-call');

    // A citizen group drafts and submits; it gets a receipt number.
    const proposer = await web.person('proposer-a');
    const { proposalId, receiptNumber } = await createAndSubmitProposal(proposer, {
      callTitle: CALL_TITLE,
      title: TITLE,
    });
    expect(receiptNumber).toMatch(/\d/);
    expect((await must(web.x.proposerA.get(`/api/v1/proposals/${proposalId}`))).state).toBe('submitted.screening');
    await saveScreenshot(proposer, 'story-2-submitted');

    // The secretariat screens it and assigns two reviewers.
    await acceptProposal(secretariat, proposalId);
    const assigned = await assignReviewers(secretariat, proposalId, ['reviewer', 'reviewer2']);
    expect(assigned).toHaveLength(2);
    expect((await must(web.x.secretariat.get(`/api/v1/proposals/${proposalId}`))).state).toBe('review');
    await saveScreenshot(secretariat, 'story-3-assigned');

    // Two reviewers score on their desks, each blind to the other until submitting.
    const top = Object.fromEntries(criteria.map((c) => [c.key, c.scale.max]));
    const lower = Object.fromEntries(criteria.map((c) => [c.key, Math.max(c.scale.min, c.scale.max - 1)]));
    const reviewer = await web.person('reviewer');
    await scoreAndSubmit(reviewer, TITLE, top, commentsFor(criteria));
    const reviewer2 = await web.person('reviewer2');
    await scoreAndSubmit(reviewer2, TITLE, lower, commentsFor(criteria));
    // After submitting, the second reviewer sees the sheets' figures per criterion.
    await reviewer2.locator('[data-testid=others-table] tbody tr').nth(1).waitFor();
    await saveScreenshot(reviewer2, 'story-4-scored');
    const scores = await must(web.x.secretariat.get(`/api/v1/proposals/${proposalId}/scores`));
    expect(JSON.stringify(scores)).toContain(web.x.reviewerId);

    // The secretariat closes the review and schedules the joint evaluation session.
    await completeReview(secretariat, proposalId);
    expect((await must(web.x.secretariat.get(`/api/v1/proposals/${proposalId}`))).state).toBe('jointEvaluation');
    const sessionId = await scheduleSession(secretariat, callId, {
      committeeId: web.x.committeeId,
      stage: 'document',
      startsAt: japanTime(1),
      place: '市役所 本庁舎 大会議室',
      proposalIds: [proposalId],
    });

    // In the meeting, a member follows the live aggregate; the chair runs the item to its decision.
    const member = await web.person('member');
    await openSession(member, sessionId);
    await selectAgendaItem(member, TITLE);
    await waitForLiveSubmitted(member, 2, 2);
    const chair = await web.person('chair');
    await runSessionToDecision(chair, sessionId, TITLE, 'adopted', KOHYO, {
      minutes: '第1回 合同評価会議 議事録\n1. 開会\n2. 提案の審議\n3. 閉会',
    });
    await saveScreenshot(chair, 'story-5-decided');
    expect((await must(web.x.secretariat.get(`/api/v1/proposals/${proposalId}`))).state).toBe('decided.adopted');
    // The member's page hears of the decision without a reload.
    await member.locator('[data-testid=decision-state]', { hasText: '採択' }).waitFor();

    // The secretariat publishes; a citizen on a phone finds the proposal and reads the decision and its 講評.
    await publishProposal(secretariat, proposalId);
    await waitFor(async () => (await fetch(`${web.system.baseUrl}/api/v1/public/proposals/${proposalId}`)).ok, 15_000);
    const citizen = await web.person(null, { phone: true });
    await openPublicProposal(citizen, web.x.municipalityCode, TITLE);
    const text = await citizen.locator('main').innerText();
    expect(text).toContain('採択');
    expect(text).toContain(KOHYO);
    expect(text).not.toContain(web.x.emailOf('proposer-a'));
    expect(await seriousAccessibilityViolations(citizen)).toEqual([]);
    await saveScreenshot(citizen, 'story-6-public-phone');

    // The group hears of the decision in its inbox.
    await waitFor(async () => {
      const inbox = await must(web.x.proposerA.get('/api/v1/me/notifications'));
      return (inbox.items as Array<{ template: string }>).some((n) => n.template.startsWith('proposal.decided'));
    }, 15_000);
    await proposer.goto('/inbox');
    await proposer.locator('.inbox-item', { hasText: '審査結果' }).first().waitFor();
    await saveScreenshot(proposer, 'story-7-inbox');
  });
});

/** A short comment for every criterion (some templates require one). */
function commentsFor(criteria: Array<{ key: string }>): Record<string, string> {
  return Object.fromEntries(criteria.map((c) => [c.key, '地域の実情に即しており妥当である。']));
}
