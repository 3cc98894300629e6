/**
 * Japanese text as search compares it: the index and the query go through the same steps, so 「ＮＰＯ」 finds "NPO",
 * 「こども」 finds 「子ども」 and 「子供」, and 「ボランティア」 finds 「ぼらんてぃあ」.
 *
 * 1. NFKC: full-width letters and digits to half-width (ＮＰＯ → NPO), half-width katakana to full-width (ｺﾄﾞﾓ → コドモ),
 *    the ideographic space to a space.
 * 2. Lower case (NPO → npo).
 * 3. Katakana to hiragana (コドモ → こども; ヴ → ゔ), the long-vowel mark kept.
 * 4. The variant table below: spellings the municipalities' own pages use for one word, written one way.
 * 5. Runs of white space to one space, trimmed.
 */

/**
 * Words written several ways in municipal and NPO texts, each to one spelling (applied after steps 1–3, so the
 * left-hand sides are already lower-case hiragana where kana). Longest first, so 子供たち is not cut by a shorter one.
 * Keep it small and documented (docs/disclosure.md): a wrong entry makes search find what it should not.
 */
export const SEARCH_VARIANTS: ReadonlyArray<readonly [string, string]> = [
  ['特定非営利活動法人', 'npo法人'],
  ['子ども', 'こども'],
  ['子供', 'こども'],
  ['障がい', '障害'],
  ['障碍', '障害'],
  ['街づくり', 'まちづくり'],
  ['町づくり', 'まちづくり'],
  ['まち作り', 'まちづくり'],
  ['町おこし', 'まちおこし'],
  ['村おこし', 'むらおこし'],
  ['お年寄り', '高齢者'],
];

const KATAKANA = /[\u30a1-\u30f6]/g;
const KANA_OFFSET = 0x60;

export function normalizeSearchText(text: string): string {
  let out = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(KATAKANA, (c) => String.fromCharCode(c.charCodeAt(0) - KANA_OFFSET));
  for (const [from, to] of SEARCH_VARIANTS) out = out.replaceAll(from, to);
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * The distinct two-character pieces of a normalised text (by code point), spaces excluded: what the GIN index holds.
 * Every substring of two or more characters of the text has all its pieces here, so `grams @> query grams` narrows
 * the rows before the exact substring test, in PostgreSQL and PGlite alike (pg_trgm is not in PGlite).
 */
export function searchGrams(normalized: string): string[] {
  const grams = new Set<string>();
  for (const word of normalized.split(' ')) {
    const chars = Array.from(word);
    for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  }
  return [...grams];
}
