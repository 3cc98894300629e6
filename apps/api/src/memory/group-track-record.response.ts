import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { LocalizedTextResponse } from '../openapi/localized-text.response';

/** What the public track record route (協働の実績) answers: published packages only. */

@ApiSchema({ name: 'TrackRecordKpi', description: 'A KPI of a published end-of-term evaluation' })
export class TrackRecordKpiResponse {
  @ApiProperty({ type: 'string' }) name: string;
  @ApiProperty({ type: 'string' }) unit: string;
  @ApiProperty({ type: 'number' }) target: number;
  @ApiProperty({ type: 'number', nullable: true }) actual: number | null;
  @ApiProperty({ type: 'number', nullable: true, description: '達成率 as published' })
  achievementPercent: number | null;
}

@ApiSchema({ name: 'TrackRecordDecision', description: 'A published decision with its 講評' })
export class TrackRecordDecisionResponse {
  @ApiProperty({ type: 'string', enum: ['adopted', 'adoptedWithConditions', 'notAdopted'] }) outcome: string;
  @ApiProperty({ type: 'string', description: '講評' }) comment: string;
  @ApiProperty({ type: 'boolean', description: '内定, pending the budget' }) provisional: boolean;
  @ApiProperty({ type: 'string', format: 'date-time' }) publishedAt: string;
}

@ApiSchema({ name: 'TrackRecordAssessment', description: 'A published end-of-term evaluation (事業評価)' })
export class TrackRecordAssessmentResponse {
  @ApiProperty({ type: 'string', enum: ['A', 'B', 'C'] }) verdict: string;
  @ApiProperty({ type: 'string' }) comment: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) publishedAt: string;
  @ApiProperty({ type: () => TrackRecordKpiResponse, isArray: true }) kpis: TrackRecordKpiResponse[];
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Self-evaluation items both partners scored' })
  selfEvaluationItems: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Of those, items 2 or more apart' })
  selfEvaluationDiffering: number;
}

@ApiSchema({ name: 'TrackRecordProject', description: 'A disclosed proposal of the group' })
export class TrackRecordProjectResponse {
  @ApiProperty({ type: 'string', format: 'uuid' }) proposalId: string;
  @ApiProperty({ type: 'integer' }) fiscalYear: number;
  @ApiProperty({ type: 'string' }) title: string;
  @ApiProperty({ type: 'string', nullable: true }) receiptNumber: string | null;
  @ApiProperty({ type: 'string', enum: ['proposer', 'partner'] }) role: string;
  @ApiProperty({ type: () => LocalizedTextResponse, isArray: true }) departments: LocalizedTextResponse[];
  @ApiProperty({ type: () => TrackRecordDecisionResponse }) decision: TrackRecordDecisionResponse;
  @ApiProperty({ type: () => TrackRecordAssessmentResponse, nullable: true, description: 'Null until disclosed' })
  assessment: TrackRecordAssessmentResponse | null;
}

@ApiSchema({ name: 'TrackRecordGroup', description: 'The group' })
export class TrackRecordGroupResponse {
  @ApiProperty({ type: 'string', format: 'uuid' }) id: string;
  @ApiProperty({ type: () => LocalizedTextResponse }) name: LocalizedTextResponse;
}

@ApiSchema({ name: 'TrackRecordSummary', description: 'Counts over the published projects' })
export class TrackRecordSummaryResponse {
  @ApiProperty({ type: 'integer', minimum: 0 }) published: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) adopted: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) assessed: number;
}

@ApiSchema({
  name: 'GroupTrackRecord',
  description: '協働の実績: a citizen group’s published decisions and end-of-term evaluations',
})
export class GroupTrackRecordResponse {
  @ApiProperty({ type: () => TrackRecordGroupResponse }) group: TrackRecordGroupResponse;
  @ApiProperty({ type: () => TrackRecordSummaryResponse }) summary: TrackRecordSummaryResponse;
  @ApiProperty({ type: () => TrackRecordProjectResponse, isArray: true, description: 'Newest fiscal year first' })
  projects: TrackRecordProjectResponse[];
}
