import { isKnownKanji, type KanjiLevel } from './kanji-levels';

/**
 * What 「在留支援のためのやさしい日本語ガイドライン」 (出入国在留管理庁・文化庁, 2020) asks a writer to avoid, as rules a
 * machine can check: long sentences and clauses (「一文は短くする」), double negatives (「二重否定は使わない」), kanji a
 * reader may not know (「漢字の量に注意し、ふりがなをつける」), katakana loanwords (「カタカナ語はなるべく使わない」) and
 * honorifics (「尊敬語・謙譲語は使わず、『です・ます』で書く」). docs/plain-japanese.md cites the guideline.
 */
export const PLAIN_JAPANESE_RULES = [
  'long_sentence',
  'long_clause',
  'double_negative',
  'difficult_kanji',
  'loanword',
  'honorific',
] as const;
export type PlainJapaneseRule = (typeof PLAIN_JAPANESE_RULES)[number];

export interface PlainJapaneseFinding {
  rule: PlainJapaneseRule;
  /** Offsets in the text, in UTF-16 code units (as a browser's string indexes): [start, end). */
  start: number;
  end: number;
  /** The text flagged. */
  excerpt: string;
  /** A plainer word or ending to write instead, when the rule knows one. */
  suggestion: string | null;
}

export interface PlainJapaneseOptions {
  kanjiLevel: KanjiLevel;
  /** A sentence longer than this (characters, its closing 。 not counted) is flagged. */
  maxSentenceLength: number;
  /** A clause (between 、 and 。) longer than this is flagged. */
  maxClauseLength: number;
}

export const DEFAULT_PLAIN_JAPANESE_OPTIONS: PlainJapaneseOptions = {
  kanjiLevel: 'grade2',
  maxSentenceLength: 50,
  maxClauseLength: 30,
};

/** Double negatives and the obligations built of two negatives, with the plain ending to use instead. */
const DOUBLE_NEGATIVES: [RegExp, string][] = [
  [/ないわけでは(ない|ありません)/g, '〜です（〜することもあります）'],
  [/ないことは(ない|ありません)/g, '〜です（〜することもあります）'],
  [/なくは(ない|ありません)/g, '〜です'],
  [/ないとは(限らない|限りません|いえない|いえません|言えない|言えません)/g, '〜かもしれません'],
  [/ざるを(得|え)(ない|ません)/g, '〜しなければなりません → 〜してください'],
  [/(なければ|なくては|ないと)(ならない|なりません|いけない|いけません)/g, '〜してください'],
  [/ないではいられ(ない|ません)/g, '〜したいです'],
];

/** Honorific and humble forms (尊敬語・謙譲語), with the です・ます form to use instead. */
const HONORIFICS: [RegExp, string][] = [
  [/いただ(き|く|け|い)/g, '〜してください'],
  [/頂(き|く|け|い)/g, '〜してください'],
  [/(くださいませ|下さいませ)/g, 'ください'],
  [/(申し上げ|申しあげ)/g, '言います'],
  [/(いたし|致し)(ます|ました)/g, 'します'],
  [/ございます/g, 'あります・です'],
  [/おり(ます|ました)/g, 'います'],
  [/(存じ|参り|伺い|拝見|拝読|賜り|賜る)/g, 'です・ます（ていねい語）で書く'],
  [/(なさい|なさる|なさって|いらっしゃ|おっしゃ|召し上が)/g, 'です・ます（ていねい語）で書く'],
];

/** Loanwords a municipal text often uses, with a Japanese word to use instead. Others are flagged without one. */
const LOANWORDS: Record<string, string> = {
  アンケート: '質問',
  イベント: '行事',
  エントリー: '申し込み',
  キャンセル: '取り消し',
  サポート: '手伝い',
  スケジュール: '予定',
  スタッフ: '係の人',
  ニーズ: '必要なこと',
  プレゼン: '説明',
  プレゼンテーション: '説明',
  プロジェクト: '事業',
  メリット: 'よいところ',
  デメリット: '悪いところ',
  ルール: '決まり',
  リスク: '危ないこと',
  スキーム: 'しくみ',
  パートナー: '相手',
  パートナーシップ: '協力',
  フォーム: '書く画面',
  ボランティア: 'ボランティア（お金をもらわないで手伝う人）',
  マッチング: '組み合わせ',
  コミュニティ: '地域の人たち',
  ワークショップ: '話し合いの会',
};

/** Katakana that readers are expected to know: not flagged as loanwords. */
const COMMON_KATAKANA = new Set(['ページ', 'メール', 'インターネット', 'テレビ', 'バス', 'ホームページ']);

const SENTENCE = /[^。．！？!?\n]+[。．！？!?]?/g;
const CLAUSE = /[^、，,]+/g;
const KANJI_RUN = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF々]+/g;
const KATAKANA_RUN = /[\u30A1-\u30FAー]{3,}/g;

/** Characters as a reader counts them (a surrogate pair is one). */
const lengthOf = (text: string): number => Array.from(text).length;

/** Every place `text` departs from the guideline, in the order they appear. Pure: no I/O. */
export function checkPlainJapanese(
  text: string,
  options: PlainJapaneseOptions = DEFAULT_PLAIN_JAPANESE_OPTIONS,
): PlainJapaneseFinding[] {
  const findings: PlainJapaneseFinding[] = [
    ...lengthFindings(text, options),
    ...patternFindings(text, 'double_negative', DOUBLE_NEGATIVES),
    ...patternFindings(text, 'honorific', HONORIFICS),
    ...kanjiFindings(text, options.kanjiLevel),
    ...loanwordFindings(text),
  ];
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

function lengthFindings(text: string, options: PlainJapaneseOptions): PlainJapaneseFinding[] {
  const findings: PlainJapaneseFinding[] = [];
  for (const sentence of text.matchAll(SENTENCE)) {
    const raw = sentence[0];
    const body = raw.replace(/[。．！？!?]$/, '');
    if (body.trim() === '') continue;
    const start = sentence.index + (raw.length - raw.trimStart().length);
    const long = lengthOf(body.trim()) > options.maxSentenceLength;
    if (long) findings.push(finding('long_sentence', text, start, sentence.index + body.trimEnd().length, null));
    const clauses = [...body.matchAll(CLAUSE)];
    // A sentence of one clause that is already flagged as long says the same thing twice.
    if (long && clauses.length === 1) continue;
    for (const clause of clauses) {
      const trimmed = clause[0].trim();
      if (lengthOf(trimmed) <= options.maxClauseLength) continue;
      const clauseStart = sentence.index + clause.index + clause[0].indexOf(trimmed);
      findings.push(finding('long_clause', text, clauseStart, clauseStart + trimmed.length, null));
    }
  }
  return findings;
}

function patternFindings(text: string, rule: PlainJapaneseRule, patterns: [RegExp, string][]): PlainJapaneseFinding[] {
  const findings: PlainJapaneseFinding[] = [];
  const taken: [number, number][] = [];
  for (const [pattern, suggestion] of patterns) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      // The first, more specific pattern wins where two overlap (ないわけではない is not also なくは…).
      if (taken.some(([s, e]) => start < e && s < end)) continue;
      taken.push([start, end]);
      findings.push(finding(rule, text, start, end, suggestion));
    }
  }
  return findings;
}

function kanjiFindings(text: string, level: KanjiLevel): PlainJapaneseFinding[] {
  return [...text.matchAll(KANJI_RUN)]
    .filter((run) => Array.from(run[0]).some((kanji) => !isKnownKanji(kanji, level)))
    .map((run) => finding('difficult_kanji', text, run.index, run.index + run[0].length, 'ふりがな・ひらがな'));
}

function loanwordFindings(text: string): PlainJapaneseFinding[] {
  return [...text.matchAll(KATAKANA_RUN)]
    .filter((run) => !COMMON_KATAKANA.has(run[0]))
    .map((run) => finding('loanword', text, run.index, run.index + run[0].length, LOANWORDS[run[0]] ?? null));
}

function finding(
  rule: PlainJapaneseRule,
  text: string,
  start: number,
  end: number,
  suggestion: string | null,
): PlainJapaneseFinding {
  return { rule, start, end, excerpt: text.slice(start, end), suggestion };
}
