export { PartnershipModule } from './partnership.module';
export { PARTNERSHIP_ENTITIES } from './partnership-entities';
export { PARTNERSHIP_FORMS, PARTNERSHIP_FORM_NAMES, type PartnershipForm } from '@kyodo/platform';
export { PartnershipError, PartnershipErrorCode } from './partnership-errors';
export { PublicProgress, type PublicKpi, type PublicPlanChange, type PublicProjectProgress } from './public-progress';
export { AgreementDocuments } from './agreements/agreement-documents';
export {
  PartnershipQueries,
  type Partnership,
  type PartnershipRecord,
  type KpiProgress,
  type BudgetPlanLine,
} from './partnership-queries';
export { ConcludeAgreement, type AgreementInput } from './conclude-agreement/conclude-agreement.use-case';
export { ReportProgress, type ProgressInput } from './report-progress/report-progress.use-case';
export { ReviewProgressReport, type ReportReview } from './review-progress-report/review-progress-report.use-case';
export { RecordMilestone, type MilestoneInput } from './record-milestone/record-milestone.use-case';
export { MILESTONE_STATUSES, type Milestone, type MilestoneStatus } from './milestones/milestone';
export type { Agreement, AgreementParty, AgreementSignatory, AgreementTerms } from './agreements/agreement';
export type { KpiActual, Party, ProgressReport, ProgressReportStatus } from './progress-reports/progress-report';
export { AgreementEntity } from './agreements/agreement.entity';
export { ProgressReportEntity } from './progress-reports/progress-report.entity';
export { MilestoneEntity } from './milestones/milestone.entity';
export { UpdateMilestone, type MilestoneStatusInput } from './update-milestone/update-milestone.use-case';
export { RequestPlanChange, type PlanChangeInput } from './request-plan-change/request-plan-change.use-case';
export { ReviewPlanChange, type PlanChangeReview } from './review-plan-change/review-plan-change.use-case';
export { FileResultsReport, type ResultsReportInput } from './file-results-report/file-results-report.use-case';
export { ReviewResultsReport, type ResultsReview } from './review-results-report/review-results-report.use-case';
export {
  PLAN_CHANGE_KINDS,
  type AppliedPlanChange,
  type KpiTarget,
  type PlanChange,
  type PlanChangeKind,
  type PlanTerms,
} from './plan-changes/plan-change';
export type { AccountLine, ResultsReport, Settlement } from './results-reports/results-report';
export { PlanChangeEntity } from './plan-changes/plan-change.entity';
export { ResultsReportEntity } from './results-reports/results-report.entity';
