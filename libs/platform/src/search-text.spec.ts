import { normalizeSearchText, searchGrams } from './search-text';

describe('search text', () => {
  it('folds width and case: ＮＰＯ, ｎｐｏ and NPO are one word', () => {
    expect(normalizeSearchText('ＮＰＯ法人')).toBe('npo法人');
    expect(normalizeSearchText('ｎｐｏ')).toBe('npo');
    expect(normalizeSearchText('特定非営利活動法人 かまくら')).toBe('npo法人 かまくら');
  });

  it('writes katakana, half-width katakana and hiragana alike', () => {
    expect(normalizeSearchText('ボランティア')).toBe('ぼらんてぃあ');
    expect(normalizeSearchText('ﾎﾞﾗﾝﾃｨｱ')).toBe('ぼらんてぃあ');
    expect(normalizeSearchText('カタカナ')).toBe(normalizeSearchText('かたかな'));
  });

  it('writes 子ども, 子供, こども and コドモ as one word', () => {
    for (const spelling of ['子ども', '子供', 'こども', 'コドモ', 'ｺﾄﾞﾓ'])
      expect(normalizeSearchText(`${spelling}食堂`)).toBe('こども食堂');
    // 子育て is not a spelling of こども.
    expect(normalizeSearchText('子育て')).toBe('子育て');
  });

  it('collapses white space, the ideographic space included', () => {
    expect(normalizeSearchText('  多世代　 食堂 ')).toBe('多世代 食堂');
  });

  it('cuts a text into its distinct two-character pieces, not across spaces', () => {
    expect(searchGrams('こども食堂 npo')).toEqual(['こど', 'ども', 'も食', '食堂', 'np', 'po']);
    expect(searchGrams('あ')).toEqual([]);
    expect(searchGrams('ああああ')).toEqual(['ああ']);
  });
});
