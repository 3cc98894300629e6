/**
 * Ruby (ふりがな) from a morphological analyser's tokens: pure, so the annotator's rules are specified without the
 * dictionary. A token whose surface holds kanji gets its reading in hiragana, the kana it shares with its reading at
 * either end (okurigana: 読み → 読[よ]み) left outside the ruby.
 */

/** A run of text and, over kanji, how to read it. */
export interface RubySegment {
  text: string;
  /** Hiragana over `text`; null where `text` needs none. */
  reading: string | null;
}

/** What the annotator needs of a token: its surface and its reading in katakana (absent for an unknown word). */
export interface ReadingToken {
  surface_form: string;
  reading?: string;
}

/**
 * Readings the analyser gets wrong or does not know: its dictionary (IPAdic) predates 令和 (read りょうわ) and lacks
 * 協働 (協 + 働, no reading).
 */
export const BUILT_IN_READINGS: Readonly<Record<string, string>> = {
  協働: 'きょうどう',
  令和: 'れいわ',
};

const KANJI = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF々]/;

export const hasKanji = (text: string): boolean => KANJI.test(text);

/** カタカナ → ひらがな (ヴ and the small forms included; ー kept). */
export function toHiragana(text: string): string {
  return text.replace(/[\u30A1-\u30F6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

/** The segments of one token: its okurigana outside the ruby. */
export function tokenSegments(token: ReadingToken): RubySegment[] {
  const surface = token.surface_form;
  if (!hasKanji(surface)) return [{ text: surface, reading: null }];
  const reading = token.reading && token.reading !== '*' ? toHiragana(token.reading) : null;
  if (!reading) return [{ text: surface, reading: null }];
  return splitOkurigana(surface, reading);
}

/** 読み + よみ → 読[よ] み; お知らせ + おしらせ → お 知[し] らせ. */
export function splitOkurigana(surface: string, reading: string): RubySegment[] {
  const plain = toHiragana(surface);
  let head = 0;
  while (head < surface.length && head < reading.length && !hasKanji(surface[head]) && plain[head] === reading[head]) {
    head += 1;
  }
  let tail = 0;
  while (
    tail < surface.length - head &&
    tail < reading.length - head &&
    !hasKanji(surface[surface.length - 1 - tail]) &&
    plain[plain.length - 1 - tail] === reading[reading.length - 1 - tail]
  ) {
    tail += 1;
  }
  const core = surface.slice(head, surface.length - tail);
  const coreReading = reading.slice(head, reading.length - tail);
  if (core === '' || coreReading === '') return [{ text: surface, reading: null }];
  return [
    { text: surface.slice(0, head), reading: null },
    { text: core, reading: coreReading },
    { text: surface.slice(surface.length - tail), reading: null },
  ].filter((segment) => segment.text !== '');
}

/**
 * The text cut where a word of the dictionary stands (the longest first): those words keep the dictionary's reading,
 * the pieces between go to the analyser.
 */
export function cutAtDictionaryWords(
  text: string,
  readings: Readonly<Record<string, string>>,
): ({ word: string; reading: string } | { rest: string })[] {
  const words = Object.keys(readings)
    .filter((word) => word !== '')
    .sort((a, b) => b.length - a.length);
  const pieces: ({ word: string; reading: string } | { rest: string })[] = [];
  let rest = '';
  let at = 0;
  while (at < text.length) {
    const word = words.find((candidate) => text.startsWith(candidate, at));
    if (word === undefined) {
      rest += text[at];
      at += 1;
      continue;
    }
    if (rest !== '') pieces.push({ rest });
    rest = '';
    pieces.push({ word, reading: readings[word] });
    at += word.length;
  }
  if (rest !== '') pieces.push({ rest });
  return pieces;
}

/** Adjacent runs without ruby joined into one. */
export function mergePlain(segments: RubySegment[]): RubySegment[] {
  const merged: RubySegment[] = [];
  for (const segment of segments) {
    const last = merged.at(-1);
    if (last && last.reading === null && segment.reading === null) last.text += segment.text;
    else merged.push({ ...segment });
  }
  return merged;
}

/** Ruby for `text`: dictionary words first, then the analyser's tokens for the rest. */
export function annotate(
  text: string,
  tokenize: (piece: string) => ReadingToken[],
  readings: Readonly<Record<string, string>> = BUILT_IN_READINGS,
): RubySegment[] {
  const segments = cutAtDictionaryWords(text, readings).flatMap((piece) =>
    'word' in piece
      ? splitOkurigana(piece.word, piece.reading)
      : tokenize(piece.rest).flatMap((token) => tokenSegments(token)),
  );
  return mergePlain(segments);
}
