/**
 * The two dimensions of a proposal's origin, kept apart because practice counts them apart:
 * - its type: テーマ設定型 (it answers a theme the city set in the call, 行政提案) or 自由提案型 (the proposer set the
 *   subject); a group answering a department's theme is theme-based, not a group's free proposal;
 * - its proposer's kind: a citizen group (市民活動団体) or a city department (担当課), stored as `origin`.
 * The labels are in docs/disclosure.md with the municipal pages they are taken from.
 */
export type ProposalType = 'theme' | 'free';
export type ProposerKind = 'group' | 'department';

export const PROPOSAL_TYPES: readonly ProposalType[] = ['theme', 'free'];
export const PROPOSER_KINDS: readonly ProposerKind[] = ['group', 'department'];

/** Derived from the theme the proposal answers, and stored with it (a check in the table keeps the two in step). */
export function proposalTypeOf(themeId: string | null): ProposalType {
  return themeId === null ? 'free' : 'theme';
}

/** The one label set of both dimensions, for PDFs, workbooks, open data and the statistics (the web keeps a copy). */
export const ORIGIN_LABELS: Record<ProposalType | ProposerKind, { ja: string; en: string }> = {
  theme: { ja: 'テーマ設定型', en: 'Theme-based' },
  free: { ja: '自由提案型', en: 'Free proposal' },
  group: { ja: '市民活動団体', en: 'Citizen group' },
  department: { ja: '市（担当課）', en: 'City department' },
};
