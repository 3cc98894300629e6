import type { Locale } from '@kyodo/platform';

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
  origin: { ja: '区分', en: 'Origin' },
  group: { ja: '団体提案', en: 'Group' },
  department: { ja: '行政提案', en: 'Department' },
  document: { ja: '書類審査', en: 'Document review' },
  presentation: { ja: '公開プレゼン', en: 'Presentation' },
  project_end: { ja: '事業評価', en: 'End-of-term' },
  combined: { ja: '総合点', en: 'Combined' },
  rank: { ja: '順位', en: 'Rank' },
  decision: { ja: '審査結果', en: 'Decision' },
  criterion: { ja: '評価項目', en: 'Criterion' },
  weight: { ja: '配点', en: 'Points' },
  mean: { ja: '平均', en: 'Mean' },
  total: { ja: '合計（100点満点）', en: 'Total (of 100)' },
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
    ja: '平均・合計は分数で正確に計算し、最後に一度だけ小数第2位に四捨五入しています。',
    en: 'Means and totals are computed exactly and rounded once, to two decimals, at the end.',
  },
  adoptedOutcome: { ja: '採択', en: 'Adopted' },
  adoptedWithConditions: { ja: '条件付き採択', en: 'Adopted with conditions' },
  notAdopted: { ja: '不採択', en: 'Not adopted' },
  conflicted: { ja: '利害関係により回避', en: 'Recused (conflict)' },
} as const;

export type TextKey = keyof typeof TEXT;

export const t = (key: TextKey, locale: Locale): string => TEXT[key][locale];

export function decisionText(outcome: string | null, locale: Locale): string {
  if (outcome === 'adopted') return t('adoptedOutcome', locale);
  if (outcome === 'adoptedWithConditions') return t('adoptedWithConditions', locale);
  if (outcome === 'notAdopted') return t('notAdopted', locale);
  return '';
}

/** Reviewers appear as 委員A, 委員B … on the printed sheet, in a stable order. */
export function memberLabel(index: number, locale: Locale): string {
  return `${t('member', locale)}${String.fromCharCode(65 + (index % 26))}${index >= 26 ? Math.floor(index / 26) : ''}`;
}

/** Two decimals, as the municipal forms print them. */
export const points = (n: number | null | undefined): string => (n === null || n === undefined ? '' : n.toFixed(2));
