import type { Locator } from 'playwright-core';
import { saveScreenshot, seriousAccessibilityViolations } from '@kyodo/testing';
import { browserSuite } from './pages/harness';
import { ASSESSMENT_COMMENT, assessedProject } from './pages/assessment-data';
import { COMMENT, CONDITION, NOT_ADOPTED_TITLE } from './pages/public-data';

/** The やさしい日本語 version of the 講評 the secretariat writes (COMMENT: 「地域ニーズの把握が的確であり…」). */
const PLAIN = 'この 事業は 地域の ことを よく 考えて います。';
/** The version of the assessment's comment (ASSESSMENT_COMMENT: 「地域の居場所として定着しており…」). */
const PLAIN_ASSESSMENT = '地域の 人が 集まる 場所に なりました。来年も 続けて ください。';

const readingsOf = (element: Locator) => element.locator('rt').evaluateAll((rts) => rts.map((rt) => rt.textContent));

/**
 * やさしい日本語 for what the committee publishes (issue 21, item 2): the secretariat writes a version of a published
 * 講評 beside the original, from the proposal's console page, with the checker; the public proposal page shows it
 * beside the 講評, and with the ふりがな switch on shows ruby over the title, the 講評, the conditions and the version —
 * all from the published package, without serious accessibility findings.
 */
describe('やさしい日本語 and ふりがな on the public proposal page', () => {
  const web = browserSuite({ municipality: '鎌倉市' });
  /** The adopted proposal: its decision and its end-of-term assessment published. */
  let id: string;
  /** The proposal not adopted: a decision published, no assessment. */
  let notAdoptedId: string;

  beforeAll(async () => {
    ({ id } = await assessedProject(web.x, web.system.baseUrl));
    const response = await fetch(
      `${web.system.baseUrl}/api/v1/public/proposals?municipality=${web.x.municipalityCode}&q=${encodeURIComponent(NOT_ADOPTED_TITLE)}`,
    );
    const page = (await response.json()) as { items: Array<{ id: string }> };
    notAdoptedId = page.items[0]!.id;
  }, 240_000);

  it('refuses a version of a comment not yet published, and takes the published 講評’s', async () => {
    const before = await web.x.secretariat.request('GET', `/api/v1/proposals/${id}/plain-japanese`);
    expect(before.status).toBe(200);
    expect(before.body.comments).toEqual([
      { subject: 'decision_comment', original: COMMENT, text: null, updatedAt: null },
      { subject: 'assessment_comment', original: ASSESSMENT_COMMENT, text: null, updatedAt: null },
    ]);
    const refused = await web.x.secretariat.request('PUT', `/api/v1/proposals/${notAdoptedId}/plain-japanese`, {
      subject: 'assessment_comment',
      text: PLAIN,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('plain_japanese_original_not_published');
    const bad = await web.x.secretariat.request('PUT', `/api/v1/proposals/${id}/plain-japanese`, {
      subject: 'call_description',
      text: PLAIN,
    });
    expect(bad.status).toBe(400);
    const anonymous = await fetch(`${web.system.baseUrl}/api/v1/public/plain-japanese/proposals/${id}`);
    expect(await anonymous.json()).toEqual([]);
    // ふりがな from the published packages: the 講評, the condition and the assessment's comment.
    const furigana = (await (await fetch(`${web.system.baseUrl}/api/v1/public/furigana/proposals/${id}`)).json()) as {
      decisionComment: Array<{ text: string; reading: string | null }>;
      conditions: Array<Array<{ text: string; reading: string | null }>>;
      assessmentComment: Array<{ text: string; reading: string | null }>;
    };
    expect(furigana.decisionComment.map((s) => s.text).join('')).toBe(COMMENT);
    expect(furigana.decisionComment.find((s) => s.text === '地域')?.reading).toBe('ちいき');
    expect(furigana.conditions.map((segments) => segments.map((s) => s.text).join(''))).toEqual([CONDITION]);
    expect(furigana.assessmentComment.map((s) => s.text).join('')).toBe(ASSESSMENT_COMMENT);
    const notAdopted = (await (
      await fetch(`${web.system.baseUrl}/api/v1/public/furigana/proposals/${notAdoptedId}`)
    ).json()) as typeof furigana;
    expect(notAdopted.assessmentComment).toEqual([]);
    expect(notAdopted.conditions).toEqual([]);
  });

  it('publishes the secretariat’s version of the 講評 beside it, with ふりがな when switched on', async () => {
    const page = await web.person('secretariat');
    await page.goto(`/console/proposals/${id}`);
    await page.getByRole('link', { name: '講評のやさしい日本語版' }).click();
    await page.getByRole('heading', { name: '講評のやさしい日本語版', level: 1 }).waitFor();
    expect(await page.locator('#decision-comment-original').innerText()).toBe(COMMENT);
    expect(await page.locator('#assessment-comment-original').innerText()).toBe(ASSESSMENT_COMMENT);
    const decision = page.getByRole('region', { name: '審査結果の講評', exact: true });
    const field = decision.getByLabel('審査結果の講評のやさしい日本語版');
    await field.fill('ご応募いただけます。');
    await decision.getByRole('button', { name: 'チェックする' }).click();
    await page.locator('#plain-findings li[data-rule="honorific"]').waitFor();
    await field.fill(PLAIN);
    await decision.getByRole('button', { name: '保存する' }).click();
    await decision.getByText('保存しました。公開ページに表示されます。').waitFor();
    const assessment = page.getByRole('region', { name: '事業評価の講評', exact: true });
    await assessment.getByLabel('事業評価の講評のやさしい日本語版').fill(PLAIN_ASSESSMENT);
    await assessment.getByRole('button', { name: '保存する' }).click();
    await assessment.getByText('保存しました。公開ページに表示されます。').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'proposal-plain-japanese');

    const reader = await web.person(null);
    await reader.goto(`/proposals/${id}?m=${web.x.municipalityCode}`);
    const version = reader.getByTestId('public-decision-plain');
    await version.waitFor();
    expect(await version.innerText()).toContain(PLAIN);
    const comment = reader.locator('.public-decision .public-comment').first();
    expect(await comment.innerText()).toBe(COMMENT);
    expect(await reader.getByTestId('public-assessment-plain').innerText()).toContain(PLAIN_ASSESSMENT);
    expect(await reader.locator('main ruby').count()).toBe(0);

    await reader.getByLabel('ふりがなをつける').check();
    await comment.locator('ruby').first().waitFor();
    expect(await readingsOf(comment)).toEqual(expect.arrayContaining(['ちいき', 'やくわり']));
    // The text reads the same with its readings taken out.
    expect(
      await comment.evaluate((p) =>
        [...p.childNodes]
          .map((n) => (n instanceof HTMLElement && n.tagName === 'RUBY' ? n.firstChild?.textContent : n.textContent))
          .join(''),
      ),
    ).toBe(COMMENT);
    await version.locator('ruby').first().waitFor();
    expect(await readingsOf(version)).toEqual(expect.arrayContaining(['じぎょう', 'ちいき']));
    expect(await readingsOf(reader.locator('main h1'))).toEqual(expect.arrayContaining(['ちいき', 'しょくどう']));
    expect(await readingsOf(reader.locator('.public-decision li').first())).toEqual(
      expect.arrayContaining(['しんちょく', 'ほうこく']),
    );
    const assessed = reader.locator('.public-assessment .public-comment');
    await assessed.locator('ruby').first().waitFor();
    expect(await readingsOf(assessed)).toEqual(expect.arrayContaining(['ちいき', 'いばしょ']));
    expect(await readingsOf(reader.getByTestId('public-assessment-plain'))).toEqual(
      expect.arrayContaining(['ちいき', 'ばしょ']),
    );
    expect(await seriousAccessibilityViolations(reader)).toEqual([]);
    await saveScreenshot(reader, 'public-proposal-furigana');
  });
});
