import { MEETING_CLOCK_LIMIT_SECONDS } from '@kyodo/review';
import { dateTime, listOf, nullable, pageOf, ref, type SchemaObject, uuid } from '../openapi/answers';
import { scoresByCriterion, stage, textsByCriterion } from './review-common.answers';

const meetingClock: SchemaObject = {
  type: 'object',
  description:
    'The room’s slot timer as last set; a device counts down from `setAt` (against `serverTime`) while it runs',
  required: ['agendaIndex', 'phase', 'running', 'remainingSeconds', 'setAt', 'setBy'],
  properties: {
    agendaIndex: { type: 'integer', minimum: 0, maximum: 999, description: 'Index of the agenda item' },
    phase: { type: 'string', enum: ['presentation', 'questions'] },
    running: { type: 'boolean' },
    remainingSeconds: {
      type: 'integer',
      minimum: -MEETING_CLOCK_LIMIT_SECONDS,
      maximum: MEETING_CLOCK_LIMIT_SECONDS,
      description: 'Seconds left when set; negative once the slot has run over',
    },
    setAt: dateTime,
    setBy: uuid,
  },
};

const sessionProperties: Record<string, SchemaObject> = {
  id: uuid,
  callId: uuid,
  members: {
    ...listOf({
      type: 'object',
      required: ['userId', 'displayName', 'position'],
      properties: {
        userId: uuid,
        displayName: { type: 'string' },
        position: { type: 'string', enum: ['chair', 'member'] },
      },
    }),
    description: 'The committee: chair first, then by name',
  },
  committeeId: uuid,
  stage,
  startsAt: dateTime,
  place: { type: 'string' },
  quorum: { type: 'integer', minimum: 1, description: 'Members who must be present (定足数)' },
  present: { ...listOf(uuid), description: 'Committee members recorded present' },
  slotMinutes: {
    type: 'object',
    description: 'Minutes each agenda item gets',
    required: ['presentation', 'questions'],
    properties: {
      presentation: { type: 'integer', minimum: 1, maximum: 120 },
      questions: { type: 'integer', minimum: 0, maximum: 120 },
    },
  },
  agenda: {
    ...listOf(ref('AgendaItem')),
    description: 'In order, arranged so recused members need not leave twice running',
  },
  minutes: nullable({ type: 'string', description: 'The minutes (議事録); null until recorded' }),
  clock: nullable(ref('MeetingClock')),
  serverTime: {
    ...dateTime,
    description: 'The server’s time now, for a device to count the clock from its own offset',
  },
  consensus: listOf(ref('ConsensusRecord')),
};
const sessionRequired = Object.keys(sessionProperties);

/** What the joint-evaluation session operations answer. */
export const SESSIONS_SCHEMAS: Record<string, SchemaObject> = {
  Session: {
    type: 'object',
    description: 'A joint evaluation session (合同評価会議): agenda, slots, attendance, consensus, minutes',
    required: sessionRequired,
    properties: sessionProperties,
  },
  SessionCreated: {
    type: 'object',
    description: 'The new session, and how well its agenda keeps recused members from leaving twice running',
    required: [...sessionRequired, 'unavoidableAdjacencies'],
    properties: {
      ...sessionProperties,
      unavoidableAdjacencies: {
        type: 'integer',
        minimum: 0,
        description: 'Adjacent agenda items that still share a recused member (0 when it could be avoided)',
      },
    },
  },
  AgendaItem: {
    type: 'object',
    required: ['proposalId', 'startsAt', 'questionsAt', 'endsAt', 'recused', 'guests'],
    properties: {
      proposalId: uuid,
      startsAt: dateTime,
      questionsAt: { ...dateTime, description: 'When the presentation ends and questions begin' },
      endsAt: dateTime,
      recused: { ...listOf(uuid), description: 'Committee members who leave the room for this item (conflicts)' },
      guests: listOf(ref('AgendaGuest')),
    },
  },
  AgendaGuest: {
    type: 'object',
    required: ['kind', 'proposalId', 'name'],
    properties: {
      kind: {
        type: 'string',
        enum: ['department', 'presenter'],
        description: 'Department representative or presenter',
      },
      proposalId: { ...uuid, description: 'The agenda item they attend' },
      name: { type: 'string' },
      organizationId: uuid,
    },
  },
  MeetingClock: meetingClock,
  ConsensusRecord: {
    type: 'object',
    description: 'The committee’s consensus score and reason per criterion (合議) for a proposal',
    required: ['proposalId', 'scores', 'reasons', 'recordedBy', 'recordedAt', 'version'],
    properties: {
      proposalId: uuid,
      scores: scoresByCriterion,
      reasons: { ...textsByCriterion, description: 'Reason per criterion key; every score has one' },
      recordedBy: uuid,
      recordedAt: dateTime,
      version: { type: 'integer', minimum: 1, description: 'Send as If-Match to correct it' },
    },
  },
  SessionSummary: {
    type: 'object',
    required: ['id', 'callId', 'title', 'stage', 'startsAt', 'place', 'quorum', 'agendaItems', 'decidedItems', 'state'],
    properties: {
      id: uuid,
      callId: uuid,
      title: {
        type: 'object',
        required: ['ja', 'en'],
        properties: { ja: { type: 'string' }, en: { type: 'string' } },
      },
      stage,
      startsAt: dateTime,
      place: { type: 'string' },
      quorum: { type: 'integer', minimum: 1 },
      agendaItems: { type: 'integer', minimum: 0 },
      decidedItems: { type: 'integer', minimum: 0, description: 'Agenda items whose proposal has moved past review' },
      state: {
        type: 'string',
        enum: ['scheduled', 'held', 'concluded'],
        description: 'concluded once every item is decided; otherwise scheduled until it starts, then held',
      },
    },
  },
  SessionPage: { ...pageOf(ref('SessionSummary')), description: 'Every session at once (nextCursor is null)' },
  SessionLiveChange: {
    type: 'object',
    description: 'The data of a `change` event of GET /sessions/{id}/live',
    required: ['version', 'present', 'proposals', 'minutesLength'],
    properties: {
      version: { type: 'string', description: 'Changes with every relevant write; also the event id' },
      present: { type: 'integer', minimum: 0 },
      proposals: listOf({
        type: 'object',
        required: ['proposalId', 'state', 'assigned', 'submitted', 'consensusVersion'],
        properties: {
          proposalId: uuid,
          state: { type: 'string', description: 'The proposal’s workflow state' },
          assigned: { type: 'integer', minimum: 0 },
          submitted: { type: 'integer', minimum: 0 },
          consensusVersion: { type: 'integer', minimum: 0, description: '0 before the first consensus' },
        },
      }),
      minutesLength: { type: 'integer', minimum: 0 },
    },
  },
};
