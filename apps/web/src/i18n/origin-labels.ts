/**
 * The one label set of a proposal's two dimensions — its type (テーマ設定型 / 自由提案型) and its proposer's kind
 * (市民活動団体 / 市（担当課）) — as libs/proposals' ORIGIN_LABELS gives PDFs, workbooks and open data; a unit check
 * (test/architecture/origin-labels.spec.ts) holds the two the same. Chosen from practice: docs/disclosure.md.
 */
export const ORIGIN_MESSAGES = {
  ja: {
    proposalType: '提案の種類',
    proposerKind: '提案者',
    theme: 'テーマ設定型',
    free: '自由提案型',
    group: '市民活動団体',
    department: '市（担当課）',
  },
  en: {
    proposalType: 'Proposal type',
    proposerKind: 'Proposer',
    theme: 'Theme-based',
    free: 'Free proposal',
    group: 'Citizen group',
    department: 'City department',
  },
};
