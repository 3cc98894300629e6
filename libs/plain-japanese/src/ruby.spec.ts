import { annotate, cutAtDictionaryWords, splitOkurigana, toHiragana, tokenSegments, type ReadingToken } from './ruby';

/** A stand-in for the analyser: the tokens it would give, looked up by piece. */
const tokens = (table: Record<string, ReadingToken[]>) => (piece: string) => table[piece] ?? [{ surface_form: piece }];

describe('ruby', () => {
  it('turns katakana into hiragana', () => {
    expect(toHiragana('キョウドウ・ヴ')).toBe('きょうどう・ゔ');
  });

  it('keeps okurigana out of the ruby at either end', () => {
    expect(splitOkurigana('読み', 'よみ')).toEqual([
      { text: '読', reading: 'よ' },
      { text: 'み', reading: null },
    ]);
    expect(splitOkurigana('お知らせ', 'おしらせ')).toEqual([
      { text: 'お', reading: null },
      { text: '知', reading: 'し' },
      { text: 'らせ', reading: null },
    ]);
    expect(splitOkurigana('事業', 'じぎょう')).toEqual([{ text: '事業', reading: 'じぎょう' }]);
  });

  it('gives no ruby to kana, nor to a kanji word without a reading', () => {
    expect(tokenSegments({ surface_form: 'です', reading: 'デス' })).toEqual([{ text: 'です', reading: null }]);
    expect(tokenSegments({ surface_form: '働' })).toEqual([{ text: '働', reading: null }]);
    expect(tokenSegments({ surface_form: '市', reading: 'シ' })).toEqual([{ text: '市', reading: 'し' }]);
  });

  it('cuts the text at dictionary words, the longest first', () => {
    expect(cutAtDictionaryWords('協働事業の協働', { 協働: 'きょうどう', 協働事業: 'きょうどうじぎょう' })).toEqual([
      { word: '協働事業', reading: 'きょうどうじぎょう' },
      { rest: 'の' },
      { word: '協働', reading: 'きょうどう' },
    ]);
  });

  it('annotates with the dictionary first and the analyser for the rest, joining plain runs', () => {
    const tokenize = tokens({
      を提案します: [
        { surface_form: 'を', reading: 'ヲ' },
        { surface_form: '提案', reading: 'テイアン' },
        { surface_form: 'し', reading: 'シ' },
        { surface_form: 'ます', reading: 'マス' },
      ],
    });
    expect(annotate('協働を提案します', tokenize)).toEqual([
      { text: '協働', reading: 'きょうどう' },
      { text: 'を', reading: null },
      { text: '提案', reading: 'ていあん' },
      { text: 'します', reading: null },
    ]);
  });

  it('lets a correction override the analyser', () => {
    const tokenize = tokens({ '': [] });
    expect(annotate('市場', tokenize, { 市場: 'いちば' })).toEqual([{ text: '市場', reading: 'いちば' }]);
  });
});
