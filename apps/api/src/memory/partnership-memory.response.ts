import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { PARTNERSHIP_FORMS } from '@kyodo/partnership';
import { LocalizedTextResponse } from '../openapi/localized-text.response';

/** What the partnership memory route (協働の記録) answers: the secretariat's and the committee's view. */

@ApiSchema({ name: 'MemoryOrganization', description: 'An organisation of the memory, named in both languages' })
export class MemoryOrganizationResponse {
  @ApiProperty({ type: 'string', format: 'uuid' }) id: string;
  @ApiProperty({ type: 'string', enum: ['group', 'department', 'intermediary'] }) kind: string;
  @ApiProperty({ type: () => LocalizedTextResponse }) name: LocalizedTextResponse;
}

@ApiSchema({ name: 'MemoryDecision', description: 'A past decision with its 講評' })
export class MemoryDecisionResponse {
  @ApiProperty({ type: 'string', enum: ['adopted', 'adoptedWithConditions', 'notAdopted'] }) outcome: string;
  @ApiProperty({ type: 'string', description: '講評 (the committee’s comment)' }) comment: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) decidedAt: string;
  @ApiProperty({ type: 'boolean', description: 'Whether its disclosure package is published' }) published: boolean;
}

@ApiSchema({ name: 'MemoryAgreement', description: 'A past agreement (協定): period, form and granted amount' })
export class MemoryAgreementResponse {
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true, description: 'Null while only written' })
  concludedAt: string | null;
  @ApiProperty({ type: 'string', format: 'date' }) termStart: string;
  @ApiProperty({ type: 'string', format: 'date' }) termEnd: string;
  @ApiProperty({ type: 'string', enum: PARTNERSHIP_FORMS }) partnershipForm: string;
  @ApiProperty({ type: 'integer', description: 'Whole yen' }) grantedAmount: number;
}

@ApiSchema({ name: 'MemoryProgressReports', description: 'How the progress reports (中間報告) of a project went' })
export class MemoryProgressReportsResponse {
  @ApiProperty({ type: 'integer', minimum: 0 }) filed: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) accepted: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) returned: number;
}

@ApiSchema({ name: 'MemoryResultsReport', description: 'The latest results report (実績報告) of a project' })
export class MemoryResultsReportResponse {
  @ApiProperty({ type: 'string', enum: ['submitted', 'accepted', 'returned'] }) status: string;
  @ApiProperty({ type: 'string' }) summary: string;
  @ApiProperty({ type: 'integer', description: 'Of the grant used, whole yen' }) usedAmount: number;
  @ApiProperty({ type: 'integer', description: 'To return, whole yen' }) returnAmount: number;
}

@ApiSchema({ name: 'MemoryAssessment', description: 'A past end-of-term verdict (事業評価) with its comment' })
export class MemoryAssessmentResponse {
  @ApiProperty({ type: 'string', enum: ['A', 'B', 'C'] }) verdict: string;
  @ApiProperty({ type: 'string' }) comment: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) assessedAt: string;
  @ApiProperty({ type: 'boolean', description: 'Whether its disclosure package is published' }) published: boolean;
}

@ApiSchema({ name: 'MemorySelfEvaluationDifference', description: 'An item the two self-evaluations differ on by 2+' })
export class MemorySelfEvaluationDifferenceResponse {
  @ApiProperty({ type: 'string', description: 'The criterion’s key' }) key: string;
  @ApiProperty({ type: 'number' }) group: number;
  @ApiProperty({ type: 'number' }) department: number;
}

@ApiSchema({ name: 'MemorySelfEvaluationGap', description: 'The two partners’ self-evaluations compared item by item' })
export class MemorySelfEvaluationGapResponse {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Items both partners scored' }) compared: number;
  @ApiProperty({ type: () => MemorySelfEvaluationDifferenceResponse, isArray: true })
  differing: MemorySelfEvaluationDifferenceResponse[];
}

@ApiSchema({ name: 'MemoryKpi', description: 'A KPI planned against achieved, with its 達成率' })
export class MemoryKpiResponse {
  @ApiProperty({ type: 'string', enum: ['outcome', 'activity'] }) kind: string;
  @ApiProperty({ type: 'string' }) name: string;
  @ApiProperty({ type: 'string' }) unit: string;
  @ApiProperty({ type: 'number', description: 'The target in force' }) target: number;
  @ApiProperty({ type: 'number', description: 'The proposal’s own target' }) plannedTarget: number;
  @ApiProperty({ type: 'number', nullable: true }) actual: number | null;
  @ApiProperty({ type: 'string', enum: ['results_report', 'progress_report'], nullable: true })
  actualFrom: string | null;
  @ApiProperty({ type: 'number', nullable: true, description: 'actual ÷ target on 100, one decimal' })
  achievementPercent: number | null;
}

@ApiSchema({ name: 'MemoryProject', description: 'A past proposal and what became of it' })
export class MemoryProjectResponse {
  @ApiProperty({ type: 'string', format: 'uuid' }) proposalId: string;
  @ApiProperty({ type: 'integer' }) fiscalYear: number;
  @ApiProperty({ type: 'string' }) title: string;
  @ApiProperty({ type: 'string', nullable: true }) receiptNumber: string | null;
  @ApiProperty({ type: 'string' }) state: string;
  @ApiProperty({ type: 'string', enum: ['group', 'department'] }) origin: string;
  @ApiProperty({ type: () => MemoryOrganizationResponse, isArray: true }) groups: MemoryOrganizationResponse[];
  @ApiProperty({ type: () => MemoryOrganizationResponse, isArray: true }) departments: MemoryOrganizationResponse[];
  @ApiProperty({ type: () => MemoryDecisionResponse, nullable: true }) decision: MemoryDecisionResponse | null;
  @ApiProperty({ type: () => MemoryAgreementResponse, nullable: true }) agreement: MemoryAgreementResponse | null;
  @ApiProperty({ type: () => MemoryProgressReportsResponse }) progressReports: MemoryProgressReportsResponse;
  @ApiProperty({ type: () => MemoryResultsReportResponse, nullable: true })
  resultsReport: MemoryResultsReportResponse | null;
  @ApiProperty({ type: () => MemoryAssessmentResponse, nullable: true }) assessment: MemoryAssessmentResponse | null;
  @ApiProperty({
    type: () => MemorySelfEvaluationGapResponse,
    nullable: true,
    description: 'Null until both partners have scored their self-evaluation',
  })
  selfEvaluationGap: MemorySelfEvaluationGapResponse | null;
  @ApiProperty({ type: () => MemoryKpiResponse, isArray: true }) kpis: MemoryKpiResponse[];
}

@ApiSchema({ name: 'MemorySummary', description: 'Counts over a section of the memory' })
export class MemorySummaryResponse {
  @ApiProperty({ type: 'integer', minimum: 0 }) proposals: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) adopted: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) assessed: number;
}

@ApiSchema({ name: 'MemorySection', description: 'A section of the memory: its counts and its past proposals' })
export class MemorySectionResponse {
  @ApiProperty({ type: () => MemorySummaryResponse }) summary: MemorySummaryResponse;
  @ApiProperty({ type: () => MemoryProjectResponse, isArray: true, description: 'Newest fiscal year first' })
  projects: MemoryProjectResponse[];
}

@ApiSchema({ name: 'MemorySections', description: 'The pair, the group alone, the department alone' })
export class MemorySectionsResponse {
  @ApiProperty({ type: () => MemorySectionResponse, description: 'With the same group and one of the departments' })
  pair: MemorySectionResponse;
  @ApiProperty({ type: () => MemorySectionResponse, description: 'The group with other departments' })
  groupOnly: MemorySectionResponse;
  @ApiProperty({ type: () => MemorySectionResponse, description: 'The departments with other groups' })
  departmentOnly: MemorySectionResponse;
}

@ApiSchema({
  name: 'PartnershipMemory',
  description: '協働の記録: what the municipality recorded of the proposal’s group and departments before',
})
export class PartnershipMemoryResponse {
  @ApiProperty({ type: 'string', format: 'uuid' }) proposalId: string;
  @ApiProperty({ type: () => MemoryOrganizationResponse, isArray: true, description: 'The proposal’s citizen side' })
  groups: MemoryOrganizationResponse[];
  @ApiProperty({ type: () => MemoryOrganizationResponse, isArray: true, description: 'The proposal’s city side' })
  departments: MemoryOrganizationResponse[];
  @ApiProperty({ type: () => MemorySectionsResponse }) sections: MemorySectionsResponse;
}
