/** The open-data columns, stable across versions (documented in docs/disclosure.md). */
export const OPEN_DATA_COLUMNS = [
  'receipt_number',
  'fiscal_year',
  'title',
  'origin',
  'proposal_type',
  'organization',
  'activity_fields',
  'requested_amount',
  'decision',
  'document_total',
  'document_points',
  'document_full_marks',
  'presentation_total',
  'presentation_points',
  'presentation_full_marks',
  'committee_comment',
  'published_at',
  'decision_provisional',
] as const;

/**
 * criteria.csv in the ZIP: one row per criterion of each published stage, as the result table of a municipality
 * lists them (審査項目 | 平均点), each mean on the item's own scale and rounded as the call displays it.
 */
export const OPEN_DATA_CRITERIA_COLUMNS = [
  'receipt_number',
  'stage',
  'criterion_key',
  'criterion',
  'scorers',
  'mean',
  'scale_max',
  'points',
  'weight',
] as const;
