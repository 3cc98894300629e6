/** The verification files' columns, stable across versions (documented in docs/disclosure.md and schema). */
export const SCORE_MATRIX_COLUMNS = [
  'call_id',
  'proposal_id',
  'receipt_number',
  'stage',
  'scorer',
  'criterion_key',
  'score',
] as const;

export const RESULT_COLUMNS = [
  'call_id',
  'proposal_id',
  'receipt_number',
  'title',
  'stage',
  'rubric_version',
  'scorers',
  'points',
  'full_marks',
  'total',
  'rank',
  'ranked',
  'requested_amount',
] as const;

export const AUDIT_HEAD_COLUMNS = [
  'call_id',
  'proposal_id',
  'receipt_number',
  'package_kind',
  'package_version',
  'stream',
  'seq',
  'hash',
] as const;

/** rule.json's `format`: a reader (verify.mjs) refuses a format it does not know. */
export const VERIFICATION_FORMAT = 'kyodo-verification-1';
