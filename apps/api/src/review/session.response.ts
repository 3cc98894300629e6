import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { MEETING_CLOCK_LIMIT_SECONDS, STAGES } from '@kyodo/review';
import type { Timestamp } from '../openapi/answers';
import { LocalizedTextResponse } from '../openapi/localized-text.response';

/** What the review sessions (審査会) answer, and the data of their live stream’s events. */

@ApiSchema({ name: 'SessionMember' })
export class SessionMemberResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  userId: string;

  @ApiProperty({ type: 'string' })
  displayName: string;

  @ApiProperty({ type: 'string', enum: ['chair', 'member'] })
  position: string;
}

@ApiSchema({ name: 'SessionSlotMinutes', description: 'Minutes each agenda item gets' })
export class SessionSlotMinutesResponse {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 120 })
  presentation: number;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 120 })
  questions: number;
}

@ApiSchema({ name: 'AgendaGuest' })
export class AgendaGuestResponse {
  @ApiProperty({
    type: 'string',
    enum: ['department', 'presenter'],
    description: 'Department representative or presenter',
  })
  kind: string;

  @ApiProperty({ type: 'string', format: 'uuid', description: 'The agenda item they attend' })
  proposalId: string;

  @ApiProperty({ type: 'string' })
  name: string;

  @ApiPropertyOptional({ type: 'string', format: 'uuid' })
  organizationId?: string;
}

@ApiSchema({ name: 'AgendaItem' })
export class AgendaItemResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  proposalId: string;

  @ApiProperty({ type: 'string', format: 'date-time' })
  startsAt: Timestamp;

  @ApiProperty({ type: 'string', format: 'date-time', description: 'When the presentation ends and questions begin' })
  questionsAt: Timestamp;

  @ApiProperty({ type: 'string', format: 'date-time' })
  endsAt: Timestamp;

  @ApiProperty({
    type: 'array',
    items: { type: 'string', format: 'uuid' },
    description: 'Committee members who leave the room for this item (conflicts)',
  })
  recused: string[];

  @ApiProperty({ type: () => AgendaGuestResponse, isArray: true })
  guests: AgendaGuestResponse[];
}

@ApiSchema({
  name: 'MeetingClock',
  description:
    'The room’s slot timer as last set; a device counts down from `setAt` (against `serverTime`) while it runs',
})
export class MeetingClockResponse {
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 999, description: 'Index of the agenda item' })
  agendaIndex: number;

  @ApiProperty({ type: 'string', enum: ['presentation', 'questions'] })
  phase: string;

  @ApiProperty({ type: 'boolean' })
  running: boolean;

  @ApiProperty({
    type: 'integer',
    minimum: -MEETING_CLOCK_LIMIT_SECONDS,
    maximum: MEETING_CLOCK_LIMIT_SECONDS,
    description: 'Seconds left when set; negative once the slot has run over',
  })
  remainingSeconds: number;

  @ApiProperty({ type: 'string', format: 'date-time' })
  setAt: Timestamp;

  @ApiProperty({ type: 'string', format: 'uuid' })
  setBy: string;
}

@ApiSchema({
  name: 'ConsensusRecord',
  description: 'The committee’s consensus score and reason per criterion (合議) for a proposal',
})
export class ConsensusRecordResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  proposalId: string;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'Score per criterion key' })
  scores: Record<string, number>;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Reason per criterion key; every score has one',
  })
  reasons: Record<string, string>;

  @ApiProperty({ type: 'string', format: 'uuid' })
  recordedBy: string;

  @ApiProperty({ type: 'string', format: 'date-time' })
  recordedAt: Timestamp;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'Send as If-Match to correct it' })
  version: number;
}

@ApiSchema({
  name: 'Session',
  description: 'A joint evaluation session (合同評価会議): agenda, slots, attendance, consensus, minutes',
})
export class SessionResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  callId: string;

  @ApiProperty({
    type: () => SessionMemberResponse,
    isArray: true,
    description: 'The committee: chair first, then by name',
  })
  members: SessionMemberResponse[];

  @ApiProperty({ type: 'string', format: 'uuid' })
  committeeId: string;

  @ApiProperty({ type: 'string', enum: [...STAGES], description: 'Review stage (審査段階)' })
  stage: string;

  @ApiProperty({ type: 'string', format: 'date-time' })
  startsAt: Timestamp;

  @ApiProperty({ type: 'string' })
  place: string;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'Members who must be present (定足数)' })
  quorum: number;

  @ApiProperty({
    type: 'array',
    items: { type: 'string', format: 'uuid' },
    description: 'Committee members recorded present',
  })
  present: string[];

  @ApiProperty({ type: () => SessionSlotMinutesResponse, description: 'Minutes each agenda item gets' })
  slotMinutes: SessionSlotMinutesResponse;

  @ApiProperty({
    type: () => AgendaItemResponse,
    isArray: true,
    description: 'In order, arranged so recused members need not leave twice running',
  })
  agenda: AgendaItemResponse[];

  @ApiProperty({ type: 'string', description: 'The minutes (議事録); null until recorded', nullable: true })
  minutes: string | null;

  @ApiProperty({ type: () => MeetingClockResponse, nullable: true })
  clock: MeetingClockResponse | null;

  @ApiProperty({
    type: 'string',
    format: 'date-time',
    description: 'The server’s time now, for a device to count the clock from its own offset',
  })
  serverTime: Timestamp;

  @ApiProperty({ type: () => ConsensusRecordResponse, isArray: true })
  consensus: ConsensusRecordResponse[];
}

@ApiSchema({
  name: 'SessionCreated',
  description: 'The new session, and how well its agenda keeps recused members from leaving twice running',
})
export class SessionCreatedResponse extends SessionResponse {
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'Adjacent agenda items that still share a recused member (0 when it could be avoided)',
  })
  unavoidableAdjacencies: number;
}

@ApiSchema({ name: 'SessionSummary' })
export class SessionSummaryResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  callId: string;

  @ApiProperty({ type: () => LocalizedTextResponse })
  title: LocalizedTextResponse;

  @ApiProperty({ type: 'string', enum: [...STAGES], description: 'Review stage (審査段階)' })
  stage: string;

  @ApiProperty({ type: 'string', format: 'date-time' })
  startsAt: Timestamp;

  @ApiProperty({ type: 'string' })
  place: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  quorum: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  agendaItems: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Agenda items whose proposal has moved past review' })
  decidedItems: number;

  @ApiProperty({
    type: 'string',
    enum: ['scheduled', 'held', 'concluded'],
    description: 'concluded once every item is decided; otherwise scheduled until it starts, then held',
  })
  state: string;
}

@ApiSchema({ name: 'SessionPage', description: 'Every session at once (nextCursor is null)' })
export class SessionPageResponse {
  @ApiProperty({ type: () => SessionSummaryResponse, isArray: true })
  items: SessionSummaryResponse[];

  @ApiProperty({ type: 'string', nullable: true, description: 'Pass as `cursor` for the next page; null on the last' })
  nextCursor: string | null;
}

@ApiSchema({ name: 'SessionLiveChangeProposal' })
export class SessionLiveChangeProposalResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  proposalId: string;

  @ApiProperty({ type: 'string', description: 'The proposal’s workflow state' })
  state: string;

  @ApiProperty({ type: 'integer', minimum: 0 })
  assigned: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  submitted: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: '0 before the first consensus' })
  consensusVersion: number;
}

@ApiSchema({ name: 'SessionLiveChange', description: 'The data of a `change` event of GET /sessions/{id}/live' })
export class SessionLiveChangeResponse {
  @ApiProperty({ type: 'string', description: 'Changes with every relevant write; also the event id' })
  version: string;

  @ApiProperty({ type: 'integer', minimum: 0 })
  present: number;

  @ApiProperty({ type: () => SessionLiveChangeProposalResponse, isArray: true })
  proposals: SessionLiveChangeProposalResponse[];

  @ApiProperty({ type: 'integer', minimum: 0 })
  minutesLength: number;
}
