import { checkPlainJapanese, DEFAULT_PLAIN_JAPANESE_OPTIONS, type PlainJapaneseRule } from './plain-japanese-checker';

const rulesOf = (text: string): PlainJapaneseRule[] => checkPlainJapanese(text).map((finding) => finding.rule);
const only = (text: string, rule: PlainJapaneseRule) =>
  checkPlainJapanese(text).filter((finding) => finding.rule === rule);

describe('checkPlainJapanese', () => {
  it('finds nothing in a short sentence of known kanji in です・ます', () => {
    expect(checkPlainJapanese('水よう日に学校で本を読みます。')).toEqual([]);
  });

  describe('long sentences and clauses (一文は短くする)', () => {
    it('flags a sentence past 50 characters, and not one of 50', () => {
      const fifty = 'あ'.repeat(24) + '、' + 'い'.repeat(25);
      expect(only(`${fifty}。`, 'long_sentence')).toEqual([]);
      const long = `${fifty}う。`;
      expect(only(long, 'long_sentence')).toEqual([
        { rule: 'long_sentence', start: 0, end: 51, excerpt: long.slice(0, 51), suggestion: null },
      ]);
    });

    it('flags a clause of 40 characters inside a short sentence, with its offsets', () => {
      const clause = 'か'.repeat(40);
      const text = `はい、${clause}。`;
      expect(only(text, 'long_clause')).toEqual([
        { rule: 'long_clause', start: 3, end: 43, excerpt: clause, suggestion: null },
      ]);
    });

    it('does not flag a sentence of one long clause twice', () => {
      expect(rulesOf(`${'さ'.repeat(60)}。`)).toEqual(['long_sentence']);
    });

    it('counts each sentence on its own', () => {
      expect(rulesOf(`${'た'.repeat(30)}。${'な'.repeat(30)}。`)).toEqual([]);
    });

    it('takes its limits from the options', () => {
      const options = { ...DEFAULT_PLAIN_JAPANESE_OPTIONS, maxClauseLength: 5, maxSentenceLength: 100 };
      expect(checkPlainJapanese('あいうえおか。', options).map((f) => f.rule)).toEqual(['long_clause']);
    });
  });

  describe('double negatives (二重否定は使わない)', () => {
    it.each([
      ['行かないわけではありません。', 'ないわけではありません'],
      ['できなくはない。', 'なくはない'],
      ['出さなければなりません。', 'なければなりません'],
      ['やめざるを得ない。', 'ざるを得ない'],
      ['ないとは限りません。', 'ないとは限りません'],
    ])('flags %s', (text, excerpt) => {
      const found = only(text, 'double_negative');
      expect(found.map((f) => f.excerpt)).toEqual([excerpt]);
      expect(found[0].suggestion).not.toBeNull();
    });

    it('does not flag a single negative', () => {
      expect(only('行きません。', 'double_negative')).toEqual([]);
    });
  });

  describe('kanji beyond the level (漢字の量に注意する)', () => {
    it('flags a word with a kanji beyond the second school year, not one within it', () => {
      expect(only('提案を書きます。', 'difficult_kanji').map((f) => f.excerpt)).toEqual(['提案']);
      expect(only('本を書きます。', 'difficult_kanji')).toEqual([]);
    });

    it('flags second-year kanji at the first-year level', () => {
      const options = { ...DEFAULT_PLAIN_JAPANESE_OPTIONS, kanjiLevel: 'grade1' as const };
      expect(checkPlainJapanese('今日は雨です。', options).map((f) => f.excerpt)).toEqual(['今日']);
    });
  });

  describe('katakana loanwords (カタカナ語はなるべく使わない)', () => {
    it('flags a loanword with a Japanese word to use', () => {
      expect(only('イベントをします。', 'loanword')).toEqual([
        { rule: 'loanword', start: 0, end: 4, excerpt: 'イベント', suggestion: '行事' },
      ]);
    });

    it('flags an unknown loanword without a suggestion, and leaves common ones', () => {
      expect(only('ガバナンスとメールです。', 'loanword').map((f) => [f.excerpt, f.suggestion])).toEqual([
        ['ガバナンス', null],
      ]);
    });
  });

  describe('honorifics (尊敬語・謙譲語を使わない)', () => {
    it.each([
      ['ご提出いただきます。', 'いただき'],
      ['受け付けております。', 'おります'],
      ['ご案内申し上げます。', '申し上げ'],
      ['資料がございます。', 'ございます'],
      ['確認いたします。', 'いたします'],
    ])('flags %s', (text, excerpt) => {
      expect(only(text, 'honorific').map((f) => f.excerpt)).toEqual([excerpt]);
    });
  });

  it('lists findings in the order they appear in the text', () => {
    const found = checkPlainJapanese('イベントに出なければなりません。');
    const starts = found.map((f) => f.start);
    expect(starts).toEqual(found.map((f) => f.start).sort((a, b) => a - b));
    expect(found.map((f) => f.rule)).toEqual(['loanword', 'double_negative']);
  });
});
