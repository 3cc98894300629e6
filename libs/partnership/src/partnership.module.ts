import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@kyodo/audit';
import { IdentityModule } from '@kyodo/identity';
import { PREDECESSOR_PROJECT_PORT, ProposalsModule } from '@kyodo/proposals';
import { QueuesModule } from '@kyodo/queues';
import { AgreementDocuments } from './agreements/agreement-documents';
import { AgreementRepository } from './agreements/agreement.repository';
import { ConcludeAgreement } from './conclude-agreement/conclude-agreement.use-case';
import { LifecycleStep } from './lifecycle-step';
import { MilestoneRepository } from './milestones/milestone.repository';
import { PARTNERSHIP_ENTITIES } from './partnership-entities';
import { PartnershipNotices } from './partnership-notices';
import { PartnershipQueries } from './partnership-queries';
import { PredecessorProjects } from './predecessor-projects';
import { ProgressReportRepository } from './progress-reports/progress-report.repository';
import { ProjectReader } from './project-reader';
import { PublicProgress } from './public-progress';
import { RecordMilestone } from './record-milestone/record-milestone.use-case';
import { ReportProgress } from './report-progress/report-progress.use-case';
import { ReviewProgressReport } from './review-progress-report/review-progress-report.use-case';
import { FileResultsReport } from './file-results-report/file-results-report.use-case';
import { PlanChangeRepository } from './plan-changes/plan-change.repository';
import { RequestPlanChange } from './request-plan-change/request-plan-change.use-case';
import { ResultsReportRepository } from './results-reports/results-report.repository';
import { ReviewPlanChange } from './review-plan-change/review-plan-change.use-case';
import { ReviewResultsReport } from './review-results-report/review-results-report.use-case';
import { UpdateMilestone } from './update-milestone/update-milestone.use-case';

/**
 * After adoption (協定・中間報告・工程): owns agreements, progress_reports, milestones,
 * plan_changes and results_reports; moves the proposal through
 * the proposals library's SendProposalEvent. Global so that the proposals library's continuation check takes its
 * PREDECESSOR_PROJECT_PORT without importing this module (this one imports it).
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([...PARTNERSHIP_ENTITIES]),
    ProposalsModule,
    IdentityModule,
    AuditModule,
    QueuesModule,
  ],
  providers: [
    AgreementRepository,
    AgreementDocuments,
    ProgressReportRepository,
    MilestoneRepository,
    PlanChangeRepository,
    ResultsReportRepository,
    ProjectReader,
    PublicProgress,
    LifecycleStep,
    PartnershipNotices,
    PartnershipQueries,
    ConcludeAgreement,
    ReportProgress,
    ReviewProgressReport,
    RecordMilestone,
    UpdateMilestone,
    RequestPlanChange,
    ReviewPlanChange,
    FileResultsReport,
    ReviewResultsReport,
    PredecessorProjects,
    { provide: PREDECESSOR_PROJECT_PORT, useExisting: PredecessorProjects },
  ],
  exports: [
    PREDECESSOR_PROJECT_PORT,
    AgreementDocuments,
    PublicProgress,
    PartnershipQueries,
    ConcludeAgreement,
    ReportProgress,
    ReviewProgressReport,
    RecordMilestone,
    UpdateMilestone,
    RequestPlanChange,
    ReviewPlanChange,
    FileResultsReport,
    ReviewResultsReport,
  ],
})
export class PartnershipModule {}
