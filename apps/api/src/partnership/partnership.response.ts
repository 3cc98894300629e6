import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { MILESTONE_STATUSES, PARTNERSHIP_FORMS, PLAN_CHANGE_KINDS } from '@kyodo/partnership';
import { TargetInForceResponse } from './kpi-target.response';
import { AgreementSignatoryResponse } from './agreement-party.response';

const DAY = { type: 'string', format: 'date', example: '2026-04-01' } as const;
const PARTIES = ['group', 'department'];

@ApiSchema({ name: 'AgreementParty', description: 'A party of the agreement' })
export class AgreementPartyResponse {
  @ApiProperty({
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: 'null when not a registered organisation',
  })
  organizationId: string | null;

  @ApiProperty({ type: 'string' })
  name: string;
}

@ApiSchema({ name: 'AgreementTerms', description: 'What a 協定 says (the form’s defaults have the same shape)' })
export class AgreementTermsResponse {
  @ApiProperty({ type: () => AgreementPartyResponse }) group: AgreementPartyResponse;
  @ApiProperty({ type: () => AgreementPartyResponse }) department: AgreementPartyResponse;
  @ApiProperty({
    type: () => AgreementSignatoryResponse,
    isArray: true,
    description: 'Every party: the proposer, partner departments, partner groups (empty on an agreement made before)',
  })
  parties: AgreementSignatoryResponse[];
  @ApiProperty(DAY) termStart: string;
  @ApiProperty(DAY) termEnd: string;
  @ApiProperty({ type: 'string' }) roleSharing: string;
  @ApiProperty({ type: 'string' }) informationSharing: string;
  @ApiProperty({ type: 'string' }) costSharing: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Yen' }) grantedAmount: number;
  @ApiProperty({ type: 'string', enum: PARTNERSHIP_FORMS }) partnershipForm: string;
  @ApiProperty({ type: 'string', description: '様式番号; may be empty' }) formNumber: string;
  @ApiProperty(DAY) madeOn: string;
}

@ApiSchema({ name: 'Agreement', description: 'A stored 協定' })
export class AgreementResponse extends AgreementTermsResponse {
  @ApiProperty({ type: 'string', format: 'uuid' }) id: string;
  @ApiProperty({ type: 'string', format: 'uuid' }) proposalId: string;
  @ApiProperty({
    type: 'string',
    format: 'date-time',
    nullable: true,
    description: 'null until the event went through',
  })
  concludedAt: string | null;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) concludedBy: string | null;
}

@ApiSchema({ name: 'AdoptionCondition', description: 'A condition of an adoption with conditions (付帯条件)' })
export class AdoptionConditionResponse {
  @ApiProperty({ type: 'string', example: 'c1' }) id: string;
  @ApiProperty({ type: 'string' }) text: string;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) resolvedAt: string | null;
  @ApiProperty({ type: 'string', nullable: true, description: 'The evidence recorded with the resolution' })
  note: string | null;
}

@ApiSchema({
  name: 'KpiProgress',
  description:
    'A planned KPI and its actual: the accepted results report’s, else the latest accepted progress report’s',
})
export class KpiProgressResponse extends TargetInForceResponse {
  @ApiProperty({ type: 'string', enum: ['outcome', 'activity'] }) kind: string;
  @ApiProperty({ type: 'string' }) name: string;
  @ApiProperty({ type: 'string' }) unit: string;
  @ApiProperty({ type: 'number', nullable: true }) baseline: number | null;
  @ApiProperty({ type: 'number', nullable: true }) actual: number | null;
  @ApiProperty({
    type: 'string',
    enum: ['results_report', 'progress_report'],
    nullable: true,
    description: 'Where the actual comes from; null before any accepted report',
  })
  actualFrom: string | null;
}

@ApiSchema({ name: 'KpiActual', description: 'A KPI as a report states it: its plan then and the actual to date' })
export class KpiActualResponse {
  @ApiProperty({ type: 'string' }) name: string;
  @ApiProperty({ type: 'string' }) unit: string;
  @ApiProperty({ type: 'number' }) target: number;
  @ApiProperty({ type: 'number' }) actual: number;
}

@ApiSchema({ name: 'ProgressReport', description: '中間報告' })
export class ProgressReportResponse {
  @ApiProperty({ type: 'string', format: 'uuid' }) id: string;
  @ApiProperty({ type: 'string', format: 'uuid' }) proposalId: string;
  @ApiProperty({ type: 'string', enum: PARTIES }) reporterParty: string;
  @ApiProperty({ type: 'string', format: 'uuid' }) reportedBy: string;
  @ApiProperty(DAY) periodFrom: string;
  @ApiProperty(DAY) periodTo: string;
  @ApiProperty({ type: 'string' }) summary: string;
  @ApiProperty({ type: () => KpiActualResponse, isArray: true }) kpiActuals: KpiActualResponse[];
  @ApiProperty({ type: 'string', enum: ['submitted', 'accepted', 'returned'] }) status: string;
  @ApiProperty({ type: 'string', nullable: true }) reviewNote: string | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) reviewedAt: string | null;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt: string;
}

@ApiSchema({ name: 'Milestone', description: '工程' })
export class MilestoneResponse {
  @ApiProperty({ type: 'string', format: 'uuid' }) id: string;
  @ApiProperty({ type: 'string', format: 'uuid' }) proposalId: string;
  @ApiProperty({ type: 'string' }) title: string;
  @ApiProperty({ ...DAY, nullable: true }) dueOn: string | null;
  @ApiProperty({ type: 'string', enum: MILESTONE_STATUSES }) status: string;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) doneAt: string | null;
  @ApiProperty({ ...DAY, nullable: true, description: '完了日, when set done after it was recorded' })
  doneOn: string | null;
  @ApiProperty({ type: 'string', nullable: true, description: 'Why it is delayed' }) delayNote: string | null;
  @ApiProperty({ type: 'string', format: 'uuid' }) recordedBy: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt: string;
}

@ApiSchema({ name: 'KpiTarget', description: 'A KPI’s target as a plan change sets it' })
export class KpiTargetResponse {
  @ApiProperty({ type: 'string' }) name: string;
  @ApiProperty({ type: 'number' }) target: number;
}

@ApiSchema({ name: 'PlanTerms', description: 'Terms a plan change sets, each only when it changes' })
export class PlanTermsResponse {
  @ApiPropertyOptional(DAY) termStart?: string;
  @ApiPropertyOptional(DAY) termEnd?: string;
  @ApiPropertyOptional({ type: 'string' }) roleSharing?: string;
  @ApiPropertyOptional({ type: 'string' }) costSharing?: string;
  @ApiPropertyOptional({ type: 'integer' }) grantedAmount?: number;
  @ApiPropertyOptional({ type: () => KpiTargetResponse, isArray: true }) kpiTargets?: KpiTargetResponse[];
}

@ApiSchema({ name: 'AppliedPlanChange', description: 'What an approved plan change changed: before and after' })
export class AppliedPlanChangeResponse {
  @ApiProperty({ type: () => PlanTermsResponse }) before: PlanTermsResponse;
  @ApiProperty({ type: () => PlanTermsResponse }) after: PlanTermsResponse;
}

@ApiSchema({ name: 'PlanChange', description: '計画変更の申請' })
export class PlanChangeResponse {
  @ApiProperty({ type: 'string', format: 'uuid' }) id: string;
  @ApiProperty({ type: 'string', format: 'uuid' }) proposalId: string;
  @ApiProperty({ type: 'string', enum: PARTIES }) requesterParty: string;
  @ApiProperty({ type: 'string', format: 'uuid' }) requestedBy: string;
  @ApiProperty({ type: 'string', enum: PLAN_CHANGE_KINDS, isArray: true }) kinds: string[];
  @ApiProperty({ type: 'string' }) reason: string;
  @ApiProperty({ type: 'string' }) description: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'The budget total after the change (yen)' })
  budgetTotal: number | null;
  @ApiProperty({ type: () => PlanTermsResponse, description: 'The terms the request sets once approved' })
  terms: PlanTermsResponse;
  @ApiProperty({ type: () => AppliedPlanChangeResponse, nullable: true, description: 'Once approved: before/after' })
  applied: AppliedPlanChangeResponse | null;
  @ApiProperty({ type: 'string', enum: ['submitted', 'approved', 'returned'] }) status: string;
  @ApiProperty({ type: 'string', nullable: true }) reviewNote: string | null;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true, description: 'Who approved or returned it' })
  reviewedBy: string | null;
  @ApiProperty({ type: 'string', nullable: true, description: 'The name of who approved or returned it' })
  reviewedByName: string | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) reviewedAt: string | null;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt: string;
}

@ApiSchema({ name: 'AccountLine', description: 'A line of the 収支決算: planned (from the proposal) and actual, yen' })
export class AccountLineResponse {
  @ApiProperty({ type: 'string', enum: ['income', 'expense'] }) kind: string;
  @ApiProperty({ type: 'string' }) item: string;
  @ApiProperty({ type: 'integer', description: '0 for a line the proposal did not plan' }) planned: number;
  @ApiProperty({ type: 'integer' }) actual: number;
}

@ApiSchema({ name: 'ResultsReport', description: '実績報告・収支決算, with the settlement (精算) computed' })
export class ResultsReportResponse {
  @ApiProperty({ type: 'string', format: 'uuid' }) id: string;
  @ApiProperty({ type: 'string', format: 'uuid' }) proposalId: string;
  @ApiProperty({ type: 'string', format: 'uuid' }) reportedBy: string;
  @ApiProperty({ type: 'string', description: '実施内容' }) summary: string;
  @ApiProperty({ type: () => KpiActualResponse, isArray: true }) kpiActuals: KpiActualResponse[];
  @ApiProperty({ type: () => AccountLineResponse, isArray: true }) accounts: AccountLineResponse[];
  @ApiProperty({ type: 'integer' }) incomePlanned: number;
  @ApiProperty({ type: 'integer' }) incomeTotal: number;
  @ApiProperty({ type: 'integer' }) expensePlanned: number;
  @ApiProperty({ type: 'integer' }) expenseTotal: number;
  @ApiProperty({ type: 'integer', description: 'From the agreement' }) grantedAmount: number;
  @ApiProperty({ type: 'integer' }) usedAmount: number;
  @ApiProperty({ type: 'integer', description: '返還額: granted − used when positive, else 0' })
  returnAmount: number;
  @ApiProperty({ type: 'string', enum: ['submitted', 'accepted', 'returned'] }) status: string;
  @ApiProperty({ type: 'string', nullable: true }) reviewNote: string | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) reviewedAt: string | null;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt: string;
}

@ApiSchema({ name: 'BudgetPlanLine', description: 'A budget line of the proposal (収支予算)' })
export class BudgetPlanLineResponse {
  @ApiProperty({ type: 'string', enum: ['income', 'expense'] }) kind: string;
  @ApiProperty({ type: 'string' }) item: string;
  @ApiProperty({ type: 'number', description: 'Yen' }) amount: number;
}

@ApiSchema({ name: 'PartnershipProposal', description: 'The proposal, as far as the partnership pages need it' })
export class PartnershipProposalResponse {
  @ApiProperty({ type: 'string', format: 'uuid' }) id: string;
  @ApiProperty({ type: 'string', format: 'uuid' }) callId: string;
  @ApiProperty({ type: 'string' }) title: string;
  @ApiProperty({ type: 'string', example: 'implementation' }) state: string;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Send it back as If-Match' }) version: number;
  @ApiProperty({ type: 'string', isArray: true, description: 'The lifecycle events the caller may send now' })
  allowedEvents: string[];
}

@ApiSchema({ name: 'SelfEvaluationText', description: 'A partner’s 自己評価, as written' })
export class SelfEvaluationTextResponse {
  @ApiProperty({ type: 'string' }) summary: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) at: string;
}

@ApiSchema({ name: 'PartnershipSelfEvaluations', description: 'Both partners’ self-evaluations, null until given' })
export class PartnershipSelfEvaluationsResponse {
  @ApiProperty({ type: () => SelfEvaluationTextResponse, nullable: true }) group: SelfEvaluationTextResponse | null;
  @ApiProperty({ type: () => SelfEvaluationTextResponse, nullable: true })
  department: SelfEvaluationTextResponse | null;
}

@ApiSchema({ name: 'ProjectAssessment', description: 'The committee’s end-of-term assessment (ASSESS)' })
export class ProjectAssessmentResponse {
  @ApiProperty({ type: 'string', enum: ['A', 'B', 'C'] }) verdict: 'A' | 'B' | 'C';
  @ApiProperty({ type: 'string' }) comment: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) at: string;
}

@ApiSchema({
  name: 'Partnership',
  description: 'An adopted proposal after adoption: its agreement, conditions, KPIs, progress reports and milestones',
})
export class PartnershipResponse {
  @ApiProperty({ type: () => PartnershipProposalResponse }) proposal: PartnershipProposalResponse;
  @ApiProperty({ type: 'string', enum: PARTIES, nullable: true, description: 'The caller’s side, when a partner' })
  party: string | null;
  @ApiProperty({
    type: 'boolean',
    description:
      'Whether the caller is of the proposing organisation (group or department): the results report’s filer',
  })
  owner: boolean;
  @ApiProperty({ type: () => AgreementResponse, nullable: true }) agreement: AgreementResponse | null;
  @ApiProperty({ type: () => AgreementTermsResponse, description: 'What the agreement form starts from' })
  agreementDraft: AgreementTermsResponse;
  @ApiProperty({ type: () => AdoptionConditionResponse, isArray: true }) conditions: AdoptionConditionResponse[];
  @ApiProperty({ type: () => KpiProgressResponse, isArray: true }) kpis: KpiProgressResponse[];
  @ApiProperty({ type: () => ProgressReportResponse, isArray: true }) progressReports: ProgressReportResponse[];
  @ApiProperty({ type: () => MilestoneResponse, isArray: true }) milestones: MilestoneResponse[];
  @ApiProperty({ type: () => PlanChangeResponse, isArray: true }) planChanges: PlanChangeResponse[];
  @ApiProperty({ type: () => ResultsReportResponse, isArray: true }) resultsReports: ResultsReportResponse[];
  @ApiProperty({ type: () => BudgetPlanLineResponse, isArray: true, description: 'The proposal’s 収支予算' })
  budgetPlan: BudgetPlanLineResponse[];
  @ApiProperty({ type: () => PartnershipSelfEvaluationsResponse })
  selfEvaluations: PartnershipSelfEvaluationsResponse;
  @ApiProperty({ type: () => ProjectAssessmentResponse, nullable: true })
  assessment: ProjectAssessmentResponse | null;
}
