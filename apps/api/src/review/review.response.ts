import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { STAGES } from '@kyodo/review';
import type { Timestamp } from '../openapi/answers';

/** What the rubric, assignment and score-sheet operations answer. */

@ApiSchema({ name: 'CriterionDefinitionScale' })
export class CriterionDefinitionScaleResponse {
  @ApiProperty({ type: 'number' })
  min: number;

  @ApiProperty({ type: 'number' })
  max: number;

  @ApiProperty({ type: 'number', minimum: 0.01 })
  step: number;
}

@ApiSchema({ name: 'CriterionDefinitionLevel' })
export class CriterionDefinitionLevelResponse {
  @ApiProperty({ type: 'number' })
  score: number;

  @ApiProperty({ type: 'string' })
  labelJa: string;

  @ApiProperty({ type: 'string' })
  labelEn: string;
}

@ApiSchema({ name: 'CriterionDefinition' })
export class CriterionDefinitionResponse {
  @ApiProperty({
    type: 'string',
    pattern: '^[a-z][a-z0-9_]*$',
    description: 'Names the criterion in scores and comments',
  })
  key: string;

  @ApiProperty({ type: 'string' })
  labelJa: string;

  @ApiProperty({ type: 'string' })
  labelEn: string;

  @ApiPropertyOptional({ type: 'string' })
  descriptionJa?: string;

  @ApiPropertyOptional({ type: 'string' })
  descriptionEn?: string;

  @ApiProperty({
    type: 'number',
    minimum: 0.01,
    description: 'Points this criterion contributes to the full mark (totals are put on 100)',
  })
  weight: number;

  @ApiProperty({ type: () => CriterionDefinitionScaleResponse })
  scale: CriterionDefinitionScaleResponse;

  @ApiPropertyOptional({
    type: () => CriterionDefinitionLevelResponse,
    isArray: true,
    description: 'Descriptors of scores on the scale',
  })
  levels?: CriterionDefinitionLevelResponse[];

  @ApiPropertyOptional({ type: 'boolean', description: 'A sheet cannot be submitted without a comment here' })
  commentRequired?: boolean;
}

@ApiSchema({
  name: 'RubricDefinition',
  description: 'A rubric (評価シート): criteria with weights, scales and level descriptors',
})
export class RubricDefinitionResponse {
  @ApiProperty({ type: 'string' })
  titleJa: string;

  @ApiProperty({ type: 'string' })
  titleEn: string;

  @ApiPropertyOptional({ type: 'string' })
  descriptionJa?: string;

  @ApiPropertyOptional({ type: 'string' })
  descriptionEn?: string;

  @ApiPropertyOptional({
    type: 'string',
    enum: ['proportional', 'range'],
    description: 'How a score counts towards its weight; absent means proportional',
  })
  scoring?: string;

  @ApiProperty({ type: () => CriterionDefinitionResponse, isArray: true, minItems: 1 })
  criteria: CriterionDefinitionResponse[];
}

@ApiSchema({ name: 'Rubric', description: 'A stored rubric version of a call and stage' })
export class RubricResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  callId: string;

  @ApiProperty({ type: 'string', enum: [...STAGES], description: 'Review stage (審査段階)' })
  stage: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  version: number;

  @ApiProperty({ type: () => RubricDefinitionResponse })
  definition: RubricDefinitionResponse;

  @ApiProperty({
    type: 'string',
    format: 'date-time',
    description: 'When the first score sheet opened it; a frozen rubric is edited as a new version',
    nullable: true,
  })
  frozenAt: Timestamp | null;
}

@ApiSchema({ name: 'Assignment', description: 'A reviewer’s assignment (審査担当) to a proposal at a stage' })
export class AssignmentResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  proposalId: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  reviewerId: string;

  @ApiProperty({ type: 'string', enum: [...STAGES], description: 'Review stage (審査段階)' })
  stage: string;

  @ApiProperty({
    type: 'string',
    enum: ['assigned', 'acknowledged', 'draft', 'submitted', 'locked', 'conflicted'],
    description:
      'assigned → acknowledged → draft (autosaved) → submitted → locked (when review ends); conflicted: recused',
  })
  status: string;

  @ApiProperty({
    type: 'string',
    enum: ['automatic', 'declared'],
    description: 'How the conflict of interest (利害関係) was found; null without one',
    nullable: true,
  })
  conflictKind: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  conflictReason: string | null;
}

@ApiSchema({
  name: 'AssignmentOfProposal',
  description: 'An assignment as the secretariat sees it: who, which stage, how far; never the scores',
})
export class AssignmentOfProposalResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  reviewerId: string;

  @ApiProperty({ type: 'string' })
  reviewerName: string;

  @ApiProperty({
    type: 'boolean',
    description: 'False once the reviewer’s account is deactivated: an open sheet of theirs needs another reviewer',
  })
  reviewerActive: boolean;

  @ApiProperty({ type: 'string', enum: [...STAGES], description: 'Review stage (審査段階)' })
  stage: string;

  @ApiProperty({
    type: 'string',
    enum: ['assigned', 'acknowledged', 'draft', 'submitted', 'locked', 'conflicted'],
    description:
      'assigned → acknowledged → draft (autosaved) → submitted → locked (when review ends); conflicted: recused',
  })
  status: string;

  @ApiProperty({
    type: 'string',
    enum: ['automatic', 'declared'],
    description: 'How the conflict of interest (利害関係) was found; null without one',
    nullable: true,
  })
  conflictKind: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  conflictReason: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  submittedAt: Timestamp | null;
}

@ApiSchema({ name: 'ScoreSheetAssignment' })
export class ScoreSheetAssignmentResponse extends AssignmentResponse {
  @ApiProperty({ type: 'string', description: 'The proposal’s title' })
  title: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  callId: string;
}

@ApiSchema({ name: 'AssignmentQueueItem' })
export class AssignmentQueueItemResponse extends ScoreSheetAssignmentResponse {
  @ApiProperty({
    type: 'string',
    format: 'date-time',
    description: 'The call’s review deadline; null when it sets none',
    nullable: true,
  })
  reviewDeadlineAt: Timestamp | null;
}

@ApiSchema({ name: 'AssignmentQueue', description: 'My review queue' })
export class AssignmentQueueResponse {
  @ApiProperty({ type: () => AssignmentQueueItemResponse, isArray: true, description: 'Not yet submitted' })
  pending: AssignmentQueueItemResponse[];

  @ApiProperty({ type: () => AssignmentQueueItemResponse, isArray: true, description: 'Submitted or locked' })
  done: AssignmentQueueItemResponse[];

  @ApiProperty({
    type: () => AssignmentQueueItemResponse,
    isArray: true,
    description:
      'Conflicted (利害関係): the heading only; the proposal itself answers 404 to its recused reviewer while the selection runs',
  })
  recused: AssignmentQueueItemResponse[];
}

@ApiSchema({
  name: 'ScoreSheetRubric',
  description: 'The version the sheet is frozen to, or the current one before the first save',
})
export class ScoreSheetRubricResponse {
  @ApiProperty({ type: 'integer', minimum: 1 })
  version: number;

  @ApiProperty({ type: () => RubricDefinitionResponse })
  definition: RubricDefinitionResponse;
}

@ApiSchema({ name: 'ScoreSheet', description: 'My score sheet (採点票) as saved, with the rubric it uses' })
export class ScoreSheetResponse {
  @ApiProperty({ type: () => ScoreSheetAssignmentResponse })
  assignment: ScoreSheetAssignmentResponse;

  @ApiProperty({
    type: () => ScoreSheetRubricResponse,
    description: 'The version the sheet is frozen to, or the current one before the first save',
  })
  rubric: ScoreSheetRubricResponse;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'Score per criterion key' })
  scores: Record<string, number>;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'Text per criterion key' })
  comments: Record<string, string>;

  @ApiProperty({ type: 'string', format: 'date-time', description: 'Last save; null before the first', nullable: true })
  updatedAt: Timestamp | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  submittedAt: Timestamp | null;
}

@ApiSchema({ name: 'ScoreSheetSaved' })
export class ScoreSheetSavedResponse {
  @ApiProperty({ type: 'string', enum: ['draft'] })
  status: string;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'The rubric version the sheet is frozen to' })
  rubricVersion: number;
}

@ApiSchema({ name: 'ScoreSheetSubmitted' })
export class ScoreSheetSubmittedResponse {
  @ApiProperty({ type: 'string', enum: ['submitted'] })
  status: string;
}

@ApiSchema({ name: 'ScoreSheetReopened' })
export class ScoreSheetReopenedResponse {
  @ApiProperty({ type: 'string', enum: ['draft'], description: 'Back with the reviewer as a draft' })
  status: string;
}
