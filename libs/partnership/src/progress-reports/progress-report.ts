/** Which partner files a progress report: the group (団体) or the partner department (担当課). */
export type Party = 'group' | 'department';
export type ProgressReportStatus = 'submitted' | 'accepted' | 'returned';

/** One KPI of the proposal as a report states it: the plan (copied, so a later edit cannot rewrite history) and the actual to date. */
export interface KpiActual {
  name: string;
  unit: string;
  target: number;
  actual: number;
}

export interface ProgressReport {
  id: string;
  proposalId: string;
  reporterParty: Party;
  reportedBy: string;
  periodFrom: string;
  periodTo: string;
  summary: string;
  kpiActuals: KpiActual[];
  status: ProgressReportStatus;
  reviewNote: string | null;
  reviewedAt: string | null;
  createdAt: string;
}
