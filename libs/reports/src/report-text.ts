import type { Locale } from '@kyodo/platform';
import { ORIGIN_LABELS } from '@kyodo/proposals';

/** Every word a report prints, in both languages. */
const TEXT = {
  callSummary: { ja: '協働事業提案 審査結果一覧', en: 'Collaborative proposals: results of the call' },
  evaluationSheet: { ja: '評価シート', en: 'Evaluation sheet' },
  fiscalYear: { ja: '年度', en: 'Fiscal year' },
  municipality: { ja: '自治体', en: 'Municipality' },
  call: { ja: '募集', en: 'Call' },
  proposals: { ja: '提案数', en: 'Proposals' },
  adopted: { ja: '採択数', en: 'Adopted' },
  receipt: { ja: '受付番号', en: 'Receipt no.' },
  title: { ja: '提案事業名', en: 'Proposal' },
  organization: { ja: '提案団体', en: 'Proposer' },
  proposalType: { ja: '提案の種類', en: 'Proposal type' },
  proposerKind: { ja: '提案者', en: 'Proposer' },
  // テーマ設定型 / 自由提案型 and 市民活動団体 / 市（担当課）: the one label set of libs/proposals.
  ...ORIGIN_LABELS,
  document: { ja: '書類審査', en: 'Document review' },
  presentation: { ja: '公開プレゼン', en: 'Presentation' },
  project_end: { ja: '事業評価', en: 'End-of-term' },
  combined: { ja: '総合点', en: 'Combined' },
  rank: { ja: '順位', en: 'Rank' },
  decision: { ja: '審査結果', en: 'Decision' },
  criterion: { ja: '評価項目', en: 'Criterion' },
  weight: { ja: '配点', en: 'Points' },
  mean: { ja: '平均', en: 'Mean' },
  total: { ja: '合計', en: 'Total' },
  points: { ja: '得点', en: 'Points' },
  fullMarks: { ja: '{n}点満点', en: 'of {n}' },
  onHundred: { ja: '100点換算', en: 'On 100' },
  scoreLine: { ja: '採点結果　平均{total}点（{full}点満点）', en: 'Result: mean {total} of {full} points' },
  onHundredLine: { ja: '（100点換算 {n}点）', en: ' ({n} on 100)' },
  scorers: { ja: '審査員　{n}名', en: 'Scorers: {n}' },
  roundingNote: {
    ja: '※端数処理の関係で合計が合わない場合があります。',
    en: '* Because of rounding, the items may not add up to the total.',
  },
  reviewer: { ja: '審査員', en: 'Reviewer' },
  member: { ja: '委員', en: 'Member ' },
  status: { ja: '状態', en: 'Status' },
  flags: { ja: '要協議', en: 'To discuss' },
  tie: { ja: '同点あり', en: 'Tie' },
  comment: { ja: '講評', en: 'Comment' },
  conditions: { ja: '採択の条件', en: 'Conditions' },
  results: { ja: '集計', en: 'Results' },
  notScored: { ja: '未評価', en: 'Not scored' },
  page: { ja: 'ページ', en: 'Page' },
  rounding: {
    ja: '平均・合計は分数で正確に計算し、最後に一度だけ四捨五入しています。',
    en: 'Means and totals are computed exactly and rounded once, half up, at the end.',
  },
  adoptedOutcome: { ja: '採択', en: 'Adopted' },
  adoptedWithConditions: { ja: '条件付き採択', en: 'Adopted with conditions' },
  notAdopted: { ja: '不採択', en: 'Not adopted' },
  conflicted: { ja: '利害関係により回避', en: 'Recused (conflict)' },
  sheetSubmitted: { ja: '提出済み', en: 'Submitted' },
  sheetLocked: { ja: '確定', en: 'Final' },
  sheetDraft: { ja: '未提出', en: 'Not submitted' },
} as const;

export type TextKey = keyof typeof TEXT;

/** The text in the locale, `{name}` filled from `values`. */
export const t = (key: TextKey, locale: Locale, values: Record<string, string | number> = {}): string =>
  TEXT[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));

/** A stage column's header with its full marks: 「書類審査（60点満点）」. */
export const stageHeader = (stage: 'document' | 'presentation' | 'project_end', fullMarks: string, locale: Locale) =>
  locale === 'ja'
    ? `${t(stage, locale)}（${t('fullMarks', locale, { n: fullMarks })}）`
    : `${t(stage, locale)} (${t('fullMarks', locale, { n: fullMarks })})`;

export function decisionText(outcome: string | null, locale: Locale): string {
  if (outcome === 'adopted') return t('adoptedOutcome', locale);
  if (outcome === 'adoptedWithConditions') return t('adoptedWithConditions', locale);
  if (outcome === 'notAdopted') return t('notAdopted', locale);
  return '';
}

/** A score sheet's status as the 状態 column says it (the stored word, `locked`, means nothing to a reader). */
export function sheetStatusText(status: string, scored: boolean, locale: Locale): string {
  if (status === 'conflicted') return t('conflicted', locale);
  if (!scored) return t('notScored', locale);
  if (status === 'locked') return t('sheetLocked', locale);
  if (status === 'submitted') return t('sheetSubmitted', locale);
  if (status === 'draft') return t('sheetDraft', locale);
  return status;
}

/** Reviewers appear as 委員A, 委員B … on the printed sheet, in a stable order. */
export function memberLabel(index: number, locale: Locale): string {
  return `${t('member', locale)}${String.fromCharCode(65 + (index % 26))}${index >= 26 ? Math.floor(index / 26) : ''}`;
}

/** Two decimals, as the municipal forms print them. */
export const points = (n: number | null | undefined): string => (n === null || n === undefined ? '' : n.toFixed(2));
