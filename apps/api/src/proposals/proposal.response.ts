import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { PROPOSAL_EVENT_TYPES } from '@kyodo/workflow';
import type { Timestamp } from '../openapi/answers';
import { ANY_JSON_VALUE } from '../openapi/answers';
import { ProposalContentResponse } from './proposal-content.response';

/** What the proposals and attachments operations answer (the body is in proposal-content.response.ts). */
/** What an attachment can be: the types recognised by content (libs/proposals attachment-types.ts). */
export const ATTACHMENT_CONTENT_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

@ApiSchema({ name: 'ProposalReturn' })
export class ProposalReturnResponse {
  @ApiProperty({ type: 'string', format: 'date-time' })
  at: Timestamp;

  @ApiProperty({ type: 'string' })
  reason: string;
}

@ApiSchema({ name: 'RecordedBy', description: 'Who recorded a record of the lifecycle' })
export class RecordedByResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  userId: string;

  @ApiProperty({ type: 'string', nullable: true, description: 'Their name; null when the account no longer exists' })
  displayName: string | null;
}

@ApiSchema({
  name: 'PreConsultationRecord',
  description: '事前相談: the proposer’s note of a consultation held with the city',
})
export class PreConsultationRecordResponse {
  @ApiProperty({ type: 'string', format: 'date-time' })
  at: Timestamp;

  @ApiProperty({ type: () => RecordedByResponse })
  recordedBy: RecordedByResponse;

  @ApiProperty({ type: 'string' })
  note: string;
}

@ApiSchema({
  name: 'ConsultationReportRecord',
  description: '協議結果報告書: the partner department’s report on the consultation (FILE_CONSULTATION_REPORT)',
})
export class ConsultationReportRecordResponse {
  @ApiProperty({ type: 'string', format: 'date-time' })
  at: Timestamp;

  @ApiProperty({ type: () => RecordedByResponse })
  recordedBy: RecordedByResponse;

  @ApiProperty({ type: 'string', description: '協働の必要性・担当課の意見' })
  opinion: string;

  @ApiProperty({ type: 'string', description: '実施の可能性' })
  feasibility: string;

  @ApiProperty({ type: 'string', description: '予算措置の見込み' })
  budgetIntent: string;

  @ApiProperty({ type: 'array', items: { type: 'string' }, description: '協働に当たっての条件' })
  conditions: string[];
}

@ApiSchema({
  name: 'ProposalRecords',
  description:
    'Records of the lifecycle, as far as the caller may read them (docs/workflow.md): pre-consultation notes for the proposing organisation, the secretariat and the partner department; the consultation report for all who may read the proposal',
})
export class ProposalRecordsResponse {
  @ApiProperty({
    type: () => PreConsultationRecordResponse,
    isArray: true,
    description: 'Oldest first; empty for reviewers and the committee',
  })
  preConsultations: PreConsultationRecordResponse[];

  @ApiProperty({ type: () => ConsultationReportRecordResponse, nullable: true, description: 'null until filed' })
  consultationReport: ConsultationReportRecordResponse | null;
}

@ApiSchema({ name: 'DecisionBlocker', description: 'One condition of the committee’s decision not met now' })
export class DecisionBlockerResponse {
  @ApiProperty({
    type: 'string',
    enum: ['not_in_joint_evaluation', 'not_chair', 'no_session', 'quorum_not_met'],
  })
  condition: string;

  @ApiPropertyOptional({ type: 'integer', description: 'quorum_not_met: the session’s quorum' })
  quorum?: number;

  @ApiPropertyOptional({ type: 'integer', description: 'quorum_not_met: members recorded present' })
  present?: number;

  @ApiPropertyOptional({ type: 'integer', description: 'quorum_not_met: of those present, recused for this proposal' })
  recused?: number;

  @ApiPropertyOptional({ type: 'integer', description: 'quorum_not_met: present less recused' })
  counted?: number;

  @ApiPropertyOptional({ type: 'string', description: 'not_in_joint_evaluation: the proposal’s state' })
  state?: string;
}

@ApiSchema({ name: 'Proposal' })
export class ProposalResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  callId: string;

  @ApiProperty({ type: 'string', format: 'uuid', description: 'The proposing organisation' })
  organizationId: string;

  @ApiProperty({
    type: 'string',
    enum: ['group', 'department'],
    description: 'group: a citizens’ group proposes; department: a department proposes (相互提案)',
  })
  origin: string;

  @ApiProperty({
    type: 'string',
    enum: ['theme', 'free'],
    description: 'テーマ設定型 (answers a theme the city set in the call) or 自由提案型',
  })
  proposalType: 'theme' | 'free';

  @ApiProperty({
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: '市提案テーマ answered; null for a free proposal',
  })
  themeId: string | null;

  @ApiProperty({
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: '継続提案: the adopted proposal of an earlier call this one continues; null for a new project',
  })
  predecessorId: string | null;

  @ApiProperty({
    type: 'array',
    items: { type: 'string', format: 'uuid' },
    description: 'Partner departments (担当課)',
  })
  partnerDepartmentIds: string[];

  @ApiProperty({
    type: 'array',
    items: { type: 'string', format: 'uuid' },
    description: '協働相手: the citizen groups a department’s proposal names as its partners (empty for a group’s)',
  })
  partnerGroupIds: string[];

  @ApiProperty({ type: 'string' })
  title: string;

  @ApiProperty({ type: () => ProposalContentResponse })
  content: ProposalContentResponse;

  @ApiProperty({
    type: 'string',
    description: 'The lifecycle state, dotted: draft, submitted.screening, decided.adopted … (docs/workflow.md)',
  })
  state: string;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'Also the ETag; send as If-Match to edit or send an event' })
  version: number;

  @ApiProperty({
    type: 'string',
    nullable: true,
    pattern: '^[0-9]{4}-[0-9]{4,}$',
    description: '受付番号, given at the first submission: fiscal year and sequence in the call, e.g. 2026-0001',
  })
  receiptNumber: string | null;

  @ApiProperty({
    type: 'array',
    items: { type: 'string', enum: [...PROPOSAL_EVENT_TYPES] },
    description: 'The events the caller may send now (with a valid payload); always empty in lists',
  })
  allowedEvents: string[];

  @ApiPropertyOptional({
    type: () => DecisionBlockerResponse,
    isArray: true,
    description:
      'To a committee chair reading a proposal at the joint evaluation that they cannot decide now: what stands in ' +
      'the way (no session of theirs, the quorum); absent otherwise',
  })
  decisionBlockers?: DecisionBlockerResponse[];

  @ApiProperty({
    type: () => ProposalReturnResponse,
    isArray: true,
    description: 'The secretariat’s requests for correction (RETURN), oldest first',
  })
  returns: ProposalReturnResponse[];

  @ApiPropertyOptional({
    type: () => ProposalRecordsResponse,
    description: '事前相談 and 協議結果報告書; in the answer of one proposal and of each change to it, never in lists',
  })
  records?: ProposalRecordsResponse;

  @ApiProperty({ type: 'string', format: 'date-time' })
  createdAt: Timestamp;

  @ApiProperty({ type: 'string', format: 'date-time' })
  updatedAt: Timestamp;
}

@ApiSchema({ name: 'ProposalAuditEvent', description: 'An entry of the proposal’s hash-chained audit stream' })
export class ProposalAuditEventResponse {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Position in the stream' })
  seq: number;

  @ApiProperty({ type: 'string', description: 'e.g. proposal.created, proposal.edited, proposal.SUBMIT' })
  action: string;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true, description: 'null for the system (timers)' })
  actorId: string | null;

  @ApiProperty({
    type: 'string',
    nullable: true,
    description: 'The actor’s relation to the proposal or role, e.g. owner, secretariat, system',
  })
  actorRole: string | null;

  @ApiProperty({ type: 'string', format: 'date-time' })
  at: Timestamp;

  @ApiProperty({
    ...ANY_JSON_VALUE,
    description: 'Free-form JSON recorded by the action (e.g. the state before an event); may be null',
  })
  before: unknown;

  @ApiProperty({
    ...ANY_JSON_VALUE,
    description: 'Free-form JSON recorded by the action (e.g. the new state and the payload); may be null',
  })
  after: unknown;

  @ApiProperty({
    type: 'string',
    pattern: '^[0-9a-f]{64}$',
    description: 'SHA-256 over this entry and the previous entry’s hash, in hex',
  })
  hash: string;
}

@ApiSchema({ name: 'Attachment' })
export class AttachmentResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  municipalityId: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  proposalId: string;

  @ApiProperty({ type: 'string', description: 'The name given, cleaned, with the extension of the detected type' })
  filename: string;

  @ApiProperty({
    type: 'string',
    enum: ATTACHMENT_CONTENT_TYPES,
    description: 'Detected from the bytes, not from the name or the declared type',
  })
  contentType: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  sizeBytes: number;

  @ApiProperty({ type: 'string', pattern: '^[0-9a-f]{64}$', description: 'Of the bytes, in hex' })
  sha256: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  uploadedBy: string;

  @ApiProperty({ type: 'string', format: 'date-time' })
  uploadedAt: Timestamp;
}

@ApiSchema({
  name: 'ProposalPage',
  description: 'A cursor page of proposals (lists take `limit` ≤ 100 and the `cursor` of the page before)',
})
export class ProposalPageResponse {
  @ApiProperty({ type: () => ProposalResponse, isArray: true })
  items: ProposalResponse[];

  @ApiProperty({ type: 'string', nullable: true, description: 'Pass as `cursor` for the next page; null on the last' })
  nextCursor: string | null;
}
