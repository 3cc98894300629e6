import type { Locator } from 'playwright-core';
import { saveScreenshot, seriousAccessibilityViolations } from '@kyodo/testing';
import { browserSuite } from './pages/harness';

/** A clause of 40 characters with no 、 in it: past the checker's 30. */
const LONG_CLAUSE = '提案書は市民活動推進課の窓口へ持って行くか郵便で送るかのどちらかの方法で出すこと';
/** A double negative (二重否定) the guideline asks to avoid. */
const DOUBLE_NEGATIVE = 'ないわけではありません';
const TEXT = `応募できない団体がいないわけではありません。なお、${LONG_CLAUSE}。`;

const readingsOf = (element: Locator) => element.locator('rt').evaluateAll((rts) => rts.map((rt) => rt.textContent));

/**
 * やさしい日本語 (issue 21, item 2): a resident switches ふりがな on over the portal's calls and finds them there on the
 * next visit; the secretariat checks a text against the guideline and sees the double negative and the long clause
 * flagged with advice — both pages without serious accessibility findings.
 */
describe('やさしい日本語 and ふりがな', () => {
  const web = browserSuite({ municipality: '鎌倉市' });

  it('shows the calls with ふりがな when switched on, and remembers the choice', async () => {
    const page = await web.person(null);
    await page.goto(`/calls?m=${web.x.municipalityCode}`);
    const title = page.locator('main h2.public-card-title').first();
    await title.waitFor();
    expect(await page.locator('main ruby').count()).toBe(0);

    await page.getByLabel('ふりがなをつける').check();
    await title.locator('ruby').first().waitFor();
    // 令和 and 協働 come from the reading corrections (the analyser reads 令和 りょうわ and does not know 協働).
    expect(await readingsOf(title)).toEqual(['れいわ', 'ねんど', 'きょうどう', 'じぎょう', 'ていあん', 'せいど']);
    expect(await title.innerText()).toContain('協働');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'public-calls-furigana');

    // The next visit opens with ふりがな on.
    await page.reload();
    await page.locator('main h2.public-card-title ruby').first().waitFor();
    expect(await page.getByLabel('ふりがなをつける').isChecked()).toBe(true);

    // Off again: the text without readings, and so on the next visit too.
    await page.getByLabel('ふりがなをつける').uncheck();
    await page.locator('main ruby').first().waitFor({ state: 'detached' });
    await page.reload();
    await page.locator('main h2.public-card-title').first().waitFor();
    expect(await page.getByLabel('ふりがなをつける').isChecked()).toBe(false);
    expect(await page.locator('main ruby').count()).toBe(0);
  });

  it('flags a double negative and a 40-character clause in the secretariat’s checker, with advice', async () => {
    const page = await web.person('secretariat');
    await page.goto('/console');
    await page.getByRole('link', { name: 'やさしい日本語チェック' }).click();
    await page.getByRole('heading', { name: 'やさしい日本語チェック', level: 1 }).waitFor();
    await page.getByLabel('確かめる文章').fill(TEXT);
    await page.getByRole('button', { name: 'チェックする' }).click();
    await page.locator('#plain-findings').waitFor();

    const findings = await page
      .locator('#plain-findings li')
      .evaluateAll((items) => items.map((li) => [li.getAttribute('data-rule'), li.querySelector('q')?.textContent]));
    expect(findings).toEqual(
      expect.arrayContaining([
        ['double_negative', DOUBLE_NEGATIVE],
        ['long_clause', LONG_CLAUSE],
      ]),
    );
    const doubleNegative = await page.locator('#plain-findings li[data-rule="double_negative"]').innerText();
    expect(doubleNegative).toContain('二重否定');
    expect(doubleNegative).toContain('肯定の形で書いてください');
    expect(await page.locator('#plain-findings li[data-rule="long_clause"]').innerText()).toContain('長い句');
    // A short sentence of the first two years' kanji is flagged for nothing.
    expect(findings.filter(([rule]) => rule === 'long_sentence')).toEqual([]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'plain-japanese-checker');

    await page.getByLabel('確かめる文章').fill('本を読みます。');
    await page.getByRole('button', { name: 'チェックする' }).click();
    await page.getByText('ガイドラインが避けるよう求める書き方は見つかりませんでした。').waitFor();
  });

  it('takes the secretariat’s corrected reading over the analyser’s on the public page', async () => {
    const page = await web.person('secretariat');
    await page.goto('/console');
    await page.getByRole('link', { name: 'ふりがなの読み方' }).click();
    await page.getByRole('heading', { name: 'ふりがなの読み方', level: 1 }).waitFor();
    await page.getByText('登録された読み方はありません。').waitFor();
    await page.getByRole('button', { name: '言葉を追加' }).click();
    // A reading in katakana is refused here, before the API.
    await page.locator('#reading-word-0').fill('提案制度');
    await page.locator('#reading-reading-0').fill('テイアンセイド');
    await page.getByRole('button', { name: '保存する' }).click();
    await page.getByText('読み方をひらがなで入力してください').first().waitFor();
    await page.locator('#reading-reading-0').fill('ていあんせいど');
    await page.getByRole('button', { name: '保存する' }).click();
    await page.getByText('保存しました。').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'furigana-readings');

    const reader = await web.person(null);
    await reader.goto(`/calls?m=${web.x.municipalityCode}`);
    await reader.getByLabel('ふりがなをつける').check();
    const title = reader.locator('main h2.public-card-title').first();
    await title.locator('ruby').first().waitFor();
    expect(await readingsOf(title)).toEqual(['れいわ', 'ねんど', 'きょうどう', 'じぎょう', 'ていあんせいど']);
  });

  it('publishes the secretariat’s やさしい日本語 version of a call beside the original, with ふりがな', async () => {
    const plain = '市と いっしょに する 事業の アイデアを 募集します。';
    const page = await web.person('secretariat');
    await page.goto(`/console/calls/${web.x.callId}`);
    await page.getByRole('link', { name: 'やさしい日本語版' }).click();
    await page.getByRole('heading', { name: 'やさしい日本語版', level: 1 }).waitFor();
    await page.getByLabel('やさしい日本語版の説明').fill('ご応募いただけます。');
    await page.getByRole('button', { name: 'チェックする' }).click();
    await page.locator('#plain-findings li[data-rule="honorific"]').waitFor();
    await page.getByLabel('やさしい日本語版の説明').fill(plain);
    await page.getByRole('button', { name: '保存する' }).click();
    await page.getByText('保存しました。公開ページに表示されます。').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const reader = await web.person(null);
    await reader.goto(`/calls?m=${web.x.municipalityCode}`);
    const version = reader.locator('main .plain-version').first();
    await version.waitFor();
    expect(await version.innerText()).toContain(plain);
    await reader.getByLabel('ふりがなをつける').check();
    await version.locator('ruby').first().waitFor();
    expect(await readingsOf(version)).toEqual(['し', 'じぎょう', 'ぼしゅう']);
    expect(await seriousAccessibilityViolations(reader)).toEqual([]);
  });
});
