/** The open-data columns, stable across versions (documented in docs/disclosure.md). */
export const OPEN_DATA_COLUMNS = [
  'receipt_number',
  'fiscal_year',
  'title',
  'origin',
  'organization',
  'activity_fields',
  'requested_amount',
  'decision',
  'document_total',
  'presentation_total',
  'committee_comment',
  'published_at',
] as const;
