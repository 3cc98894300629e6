import { AgreementEntity } from './agreements/agreement.entity';
import { MilestoneEntity } from './milestones/milestone.entity';
import { PlanChangeEntity } from './plan-changes/plan-change.entity';
import { ProgressReportEntity } from './progress-reports/progress-report.entity';
import { ResultsReportEntity } from './results-reports/results-report.entity';

/** The entities of the tables this library owns. */
export const PARTNERSHIP_ENTITIES = [
  AgreementEntity,
  ProgressReportEntity,
  MilestoneEntity,
  PlanChangeEntity,
  ResultsReportEntity,
] as const;
