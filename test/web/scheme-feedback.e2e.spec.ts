import type { Page } from 'playwright-core';
import { completeProposalContent, move, must, seriousAccessibilityViolations } from '@kyodo/testing';
import { browserSuite } from './pages/harness';
import { createAndSubmitProposal } from './pages/proposer';

const TITLE = '多世代が集う地域食堂の運営';

/**
 * 制度の振り返りアンケート in a real browser (issue 21, item 5): a group member is invited on the workspace once the
 * proposal is submitted, answers the 応募 questionnaire in Japanese, and is not asked again; the secretariat reads the
 * year's summary in the console once three have answered, the stages with fewer answers hidden. axe on each page.
 */
describe('scheme feedback in the browser', () => {
  const web = browserSuite({ municipality: '旭川市' });

  const axeClean = async (page: Page, name: string) => {
    expect({ page: name, violations: await seriousAccessibilityViolations(page) }).toEqual({
      page: name,
      violations: [],
    });
  };

  it('a group member answers after submitting, and the secretariat sees the yearly summary', async () => {
    const proposer = await web.person('proposer-a');
    const { proposalId } = await createAndSubmitProposal(proposer, {
      callTitle: '令和8年度 協働事業提案制度',
      title: TITLE,
    });

    await proposer.goto('/workspace');
    const invitation = proposer.locator('.feedback-invitations a', {
      hasText: `「${TITLE}」の応募についてのアンケート`,
    });
    await invitation.waitFor();
    await axeClean(proposer, 'workspace with a questionnaire invitation');
    await invitation.click();
    await proposer.waitForURL((url) => url.pathname === `/workspace/feedback/${proposalId}/application`);
    await proposer.locator('h1', { hasText: '制度の振り返りアンケート：応募' }).waitFor();
    expect(await proposer.locator('main').textContent()).toContain('回答は匿名です');
    await axeClean(proposer, 'questionnaire');

    // Nothing chosen: each unanswered question is named, and nothing is sent.
    await proposer.locator('#feedback-submit').click();
    await proposer.getByText('「募集要項・様式のわかりやすさ」を選んでください。').first().waitFor();
    await axeClean(proposer, 'questionnaire with errors');

    await proposer.locator('#feedback-guidelines_clarity-4').check();
    await proposer.locator('#feedback-procedure_clarity-2').check();
    await proposer.locator('#feedback-secretariat_support-5').check();
    await proposer.locator('#feedback-comment').fill('提出書類の記入例があると助かります。');
    await proposer.locator('#feedback-submit').click();
    await proposer.getByText('ご回答ありがとうございました。').waitFor();

    await proposer.goto('/workspace');
    await proposer.locator('.proposal-list', { hasText: TITLE }).waitFor();
    expect(await proposer.locator('.feedback-invitations').count()).toBe(0);
    // Asked once: the questionnaire's address now says so.
    await proposer.goto(`/workspace/feedback/${proposalId}/application`);
    await proposer.getByText('このアンケートは回答済みか、まだ回答できる段階ではありません。').waitFor();

    // Two more members of the group answer (through the API, as the page does).
    for (const name of ['asahi-member-1', 'asahi-member-2']) {
      const member = await web.x.addUser(name, web.x.groupAId, 'proposer');
      await must(
        member.client.post('/api/v1/me/feedback', {
          proposalId,
          stage: 'application',
          ratings: [
            { question: 'guidelines_clarity', value: 3 },
            { question: 'procedure_clarity', value: 3 },
            { question: 'secretariat_support', value: 4 },
          ],
        }),
      );
    }

    const secretariat = await web.person('secretariat');
    await secretariat.goto('/console');
    await secretariat.locator('.console-nav a', { hasText: '制度の振り返り' }).click();
    await secretariat.locator('h1', { hasText: '制度の振り返りアンケートの集計' }).waitFor();
    const applying = secretariat.locator('section.feedback-stage', {
      has: secretariat.locator('h2', { hasText: '応募' }),
    });
    await applying.getByText('回答数：3件').waitFor();
    expect(await applying.locator('tbody tr').first().textContent()).toContain('3.33');
    await applying.getByText('提出書類の記入例があると助かります。').waitFor();
    const review = secretariat.locator('section.feedback-stage', {
      has: secretariat.locator('h2', { hasText: '審査' }),
    });
    expect(await review.textContent()).toContain('回答が3件に満たないため表示しません。');
    await axeClean(secretariat, 'questionnaire summary');
  });

  it('a partner department’s staff member who only reviews is invited on the review desk and answers there', async () => {
    const reviewerOnly = await web.x.addUser('asahi-dept-reviewer', web.x.departmentId, 'reviewer');
    const draft = await must(
      web.x.proposerB.post(`/api/v1/calls/${web.x.callId}/proposals`, {
        organizationId: web.x.groupBId,
        title: '町内会の防災マップづくり',
        partnerDepartmentIds: [web.x.departmentId],
        content: completeProposalContent(),
      }),
    );
    await move(web.x.proposerB, draft.id, 'SUBMIT');

    const staff = await web.person('asahi-dept-reviewer');
    await staff.goto('/review');
    const invitation = staff.locator('.feedback-invitations a', { hasText: '「町内会の防災マップづくり」の応募' });
    await invitation.click();
    await staff.waitForURL((url) => url.pathname === `/workspace/feedback/${draft.id}/application`);
    await staff.locator('#feedback-guidelines_clarity-3').check();
    await staff.locator('#feedback-procedure_clarity-3').check();
    await staff.locator('#feedback-secretariat_support-4').check();
    await staff.locator('#feedback-submit').click();
    await staff.getByText('ご回答ありがとうございました。').waitFor();
    await axeClean(staff, 'questionnaire answered');
    await staff.getByRole('link', { name: '元のページに戻る' }).click();
    await staff.waitForURL((url) => url.pathname === '/review');
    expect(await must(reviewerOnly.client.get('/api/v1/me/feedback'))).toEqual([]);
  });
});
