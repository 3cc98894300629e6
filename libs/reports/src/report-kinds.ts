export const REPORT_KINDS = [
  'call-summary-pdf',
  'evaluation-sheet-pdf',
  'call-workbook-xlsx',
  'agreement-pdf',
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_FORMAT: Record<ReportKind, { mediaType: string; extension: string }> = {
  'call-summary-pdf': { mediaType: 'application/pdf', extension: 'pdf' },
  'evaluation-sheet-pdf': { mediaType: 'application/pdf', extension: 'pdf' },
  'agreement-pdf': { mediaType: 'application/pdf', extension: 'pdf' },
  'call-workbook-xlsx': {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
  },
};
