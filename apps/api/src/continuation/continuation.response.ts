import { ApiProperty, ApiSchema } from '@nestjs/swagger';

/** What the continuation (継続事業) routes answer. */

@ApiSchema({ name: 'Predecessor', description: '継続提案: the earlier proposal a continuation continues' })
export class PredecessorResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'string' })
  title: string;

  @ApiProperty({ type: 'string', nullable: true, description: '受付番号; null before it was submitted' })
  receiptNumber: string | null;

  @ApiProperty({ type: 'integer', description: '年度 of its call' })
  fiscalYear: number;

  @ApiProperty({ type: 'string' })
  callTitleJa: string;

  @ApiProperty({ type: 'string' })
  callTitleEn: string;
}

@ApiSchema({ name: 'ContinuationCandidate', description: 'An adopted earlier proposal the organisation may continue' })
export class ContinuationCandidateResponse extends PredecessorResponse {
  @ApiProperty({ type: 'string', description: 'Its lifecycle state (an adopted one)' })
  state: string;

  @ApiProperty({ type: 'integer', minimum: 2, description: 'The consecutive year the continuation would be' })
  year: number;

  @ApiProperty({ type: 'boolean', description: 'False when continuing it would run past the call’s cap' })
  withinCap: boolean;
}

@ApiSchema({ name: 'PredecessorDecision', description: 'The predecessor’s published decision and 講評' })
export class PredecessorDecisionResponse {
  @ApiProperty({ type: 'string', enum: ['adopted', 'adoptedWithConditions', 'notAdopted'] })
  outcome: string;

  @ApiProperty({ type: 'string', description: '講評 (the committee’s comment)' })
  comment: string;
}

@ApiSchema({ name: 'PredecessorAssessment', description: 'The predecessor’s published end-of-term evaluation' })
export class PredecessorAssessmentResponse {
  @ApiProperty({ type: 'string', description: 'The verdict of the end-of-term evaluation' })
  verdict: string;

  @ApiProperty({ type: 'string' })
  comment: string;
}

@ApiSchema({ name: 'PredecessorRecord', description: 'What was published of the predecessor' })
export class PredecessorRecordResponse {
  @ApiProperty({ type: () => PredecessorDecisionResponse, nullable: true, description: 'Null before publication' })
  decision: PredecessorDecisionResponse | null;

  @ApiProperty({
    type: () => PredecessorAssessmentResponse,
    nullable: true,
    description: 'Null until the end-of-term evaluation is published',
  })
  assessment: PredecessorAssessmentResponse | null;
}

@ApiSchema({
  name: 'Continuation',
  description: '継続事業: the year of the project a proposal is, what it continues and what was published of that',
})
export class ContinuationResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  proposalId: string;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'The consecutive year of the project; 1 for a new one' })
  year: number;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'The call’s cap on consecutive years; null when the call does not allow continuation',
  })
  maxYears: number | null;

  @ApiProperty({ type: () => PredecessorResponse, nullable: true, description: 'Null for a new project' })
  predecessor: PredecessorResponse | null;

  @ApiProperty({
    type: 'boolean',
    description: 'True while the blind rule hides the record: a reviewer sees it once their own sheet is submitted',
  })
  recordHidden: boolean;

  @ApiProperty({
    type: () => PredecessorRecordResponse,
    nullable: true,
    description: 'Null for a new project and while hidden',
  })
  record: PredecessorRecordResponse | null;
}
