import type { Locator } from 'playwright-core';
import { saveScreenshot, seriousAccessibilityViolations } from '@kyodo/testing';
import { browserSuite } from './pages/harness';
import { ADOPTED_TITLE, COMMENT, CONDITION, discloseTwoProposals } from './pages/public-data';

/** The やさしい日本語 version of the 講評 the secretariat writes (COMMENT: 「地域ニーズの把握が的確であり…」). */
const PLAIN = 'この 事業は 地域の ことを よく 考えて います。';

const readingsOf = (element: Locator) => element.locator('rt').evaluateAll((rts) => rts.map((rt) => rt.textContent));

/**
 * やさしい日本語 for what the committee publishes (issue 21, item 2): the secretariat writes a version of a published
 * 講評 beside the original, from the proposal's console page, with the checker; the public proposal page shows it
 * beside the 講評, and with the ふりがな switch on shows ruby over the title, the 講評, the conditions and the version —
 * all from the published package, without serious accessibility findings.
 */
describe('やさしい日本語 and ふりがな on the public proposal page', () => {
  const web = browserSuite({ municipality: '鎌倉市' });
  let id: string;

  beforeAll(async () => {
    await discloseTwoProposals(web.x, web.system.baseUrl);
    const response = await fetch(
      `${web.system.baseUrl}/api/v1/public/proposals?municipality=${web.x.municipalityCode}&q=${encodeURIComponent(ADOPTED_TITLE)}`,
    );
    const page = (await response.json()) as { items: Array<{ id: string }> };
    id = page.items[0]!.id;
  }, 180_000);

  it('refuses a version of a comment not yet published, and takes the published 講評’s', async () => {
    const before = await web.x.secretariat.request('GET', `/api/v1/proposals/${id}/plain-japanese`);
    expect(before.status).toBe(200);
    expect(before.body.comments).toEqual([
      { subject: 'decision_comment', original: COMMENT, text: null, updatedAt: null },
      { subject: 'assessment_comment', original: null, text: null, updatedAt: null },
    ]);
    const refused = await web.x.secretariat.request('PUT', `/api/v1/proposals/${id}/plain-japanese`, {
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
    // ふりがな from the published package: the 講評 and the condition, the assessment's comment empty (none yet).
    const furigana = (await (await fetch(`${web.system.baseUrl}/api/v1/public/furigana/proposals/${id}`)).json()) as {
      decisionComment: Array<{ text: string; reading: string | null }>;
      conditions: Array<Array<{ text: string; reading: string | null }>>;
      assessmentComment: unknown[];
    };
    expect(furigana.decisionComment.map((s) => s.text).join('')).toBe(COMMENT);
    expect(furigana.decisionComment.find((s) => s.text === '地域')?.reading).toBe('ちいき');
    expect(furigana.conditions.map((segments) => segments.map((s) => s.text).join(''))).toEqual([CONDITION]);
    expect(furigana.assessmentComment).toEqual([]);
  });

  it('publishes the secretariat’s version of the 講評 beside it, with ふりがな when switched on', async () => {
    const page = await web.person('secretariat');
    await page.goto(`/console/proposals/${id}`);
    await page.getByRole('link', { name: '講評のやさしい日本語版' }).click();
    await page.getByRole('heading', { name: '講評のやさしい日本語版', level: 1 }).waitFor();
    expect(await page.locator('#decision-comment-original').innerText()).toBe(COMMENT);
    await page.getByText('まだ公開されていません。').waitFor();
    const field = page.getByLabel('審査結果の講評のやさしい日本語版');
    await field.fill('ご応募いただけます。');
    await page.getByRole('button', { name: 'チェックする' }).click();
    await page.locator('#plain-findings li[data-rule="honorific"]').waitFor();
    await field.fill(PLAIN);
    await page.getByRole('button', { name: '保存する' }).click();
    await page.getByText('保存しました。公開ページに表示されます。').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'proposal-plain-japanese');

    const reader = await web.person(null);
    await reader.goto(`/proposals/${id}?m=${web.x.municipalityCode}`);
    const version = reader.getByTestId('public-decision-plain');
    await version.waitFor();
    expect(await version.innerText()).toContain(PLAIN);
    const comment = reader.locator('.public-decision .public-comment').first();
    expect(await comment.innerText()).toBe(COMMENT);
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
    expect(await seriousAccessibilityViolations(reader)).toEqual([]);
    await saveScreenshot(reader, 'public-proposal-furigana');
  });
});
