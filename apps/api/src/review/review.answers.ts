import { dateTime, listOf, nullable, ref, type SchemaObject, uuid } from '../openapi/answers';
import { scoresByCriterion, stage, textsByCriterion } from './review-common.answers';
import { RESULTS_SCHEMAS } from './review-results.answers';

const ASSIGNMENT_STATUSES = ['assigned', 'acknowledged', 'draft', 'submitted', 'locked', 'conflicted'];
const CONFLICT_KINDS = ['automatic', 'declared'];

const assignmentProperties: Record<string, SchemaObject> = {
  id: uuid,
  proposalId: uuid,
  reviewerId: uuid,
  stage,
  status: {
    type: 'string',
    enum: ASSIGNMENT_STATUSES,
    description:
      'assigned → acknowledged → draft (autosaved) → submitted → locked (when review ends); conflicted: recused',
  },
  conflictKind: nullable({
    type: 'string',
    enum: CONFLICT_KINDS,
    description: 'How the conflict of interest (利害関係) was found; null without one',
  }),
  conflictReason: nullable({ type: 'string' }),
};
const assignmentRequired = Object.keys(assignmentProperties);

/** Assignment plus what a reviewer's own views add: the proposal's title and call. */
const ownAssignmentProperties: Record<string, SchemaObject> = {
  ...assignmentProperties,
  title: { type: 'string', description: 'The proposal’s title' },
  callId: uuid,
};

const queueItem: SchemaObject = {
  type: 'object',
  required: [...assignmentRequired, 'title', 'callId', 'reviewDeadlineAt'],
  properties: {
    ...ownAssignmentProperties,
    reviewDeadlineAt: nullable({ ...dateTime, description: 'The call’s review deadline; null when it sets none' }),
  },
};

/** What the rubric, assignment and score-sheet operations answer; the results' shapes come from review-results. */
export const REVIEW_SCHEMAS: Record<string, SchemaObject> = {
  RubricDefinition: {
    type: 'object',
    description: 'A rubric (評価シート): criteria with weights, scales and level descriptors',
    required: ['titleJa', 'titleEn', 'criteria'],
    properties: {
      titleJa: { type: 'string' },
      titleEn: { type: 'string' },
      descriptionJa: { type: 'string' },
      descriptionEn: { type: 'string' },
      criteria: { ...listOf(ref('CriterionDefinition')), minItems: 1 },
    },
  },
  CriterionDefinition: {
    type: 'object',
    required: ['key', 'labelJa', 'labelEn', 'weight', 'scale'],
    properties: {
      key: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', description: 'Names the criterion in scores and comments' },
      labelJa: { type: 'string' },
      labelEn: { type: 'string' },
      descriptionJa: { type: 'string' },
      descriptionEn: { type: 'string' },
      weight: {
        type: 'number',
        minimum: 0.01,
        description: 'Points this criterion contributes to the full mark (totals are put on 100)',
      },
      scale: {
        type: 'object',
        required: ['min', 'max', 'step'],
        properties: { min: { type: 'number' }, max: { type: 'number' }, step: { type: 'number', minimum: 0.01 } },
      },
      levels: {
        type: 'array',
        description: 'Descriptors of scores on the scale',
        items: {
          type: 'object',
          required: ['score', 'labelJa', 'labelEn'],
          properties: { score: { type: 'number' }, labelJa: { type: 'string' }, labelEn: { type: 'string' } },
        },
      },
      commentRequired: { type: 'boolean', description: 'A sheet cannot be submitted without a comment here' },
    },
  },
  Rubric: {
    type: 'object',
    description: 'A stored rubric version of a call and stage',
    required: ['id', 'callId', 'stage', 'version', 'definition', 'frozenAt'],
    properties: {
      id: uuid,
      callId: uuid,
      stage,
      version: { type: 'integer', minimum: 1 },
      definition: ref('RubricDefinition'),
      frozenAt: nullable({
        ...dateTime,
        description: 'When the first score sheet opened it; a frozen rubric is edited as a new version',
      }),
    },
  },
  RubricTemplates: {
    type: 'object',
    description: 'Templates by key (e.g. `selection-12x5`, `project-end`)',
    additionalProperties: ref('RubricDefinition'),
  },
  Assignment: {
    type: 'object',
    description: 'A reviewer’s assignment (審査担当) to a proposal at a stage',
    required: assignmentRequired,
    properties: assignmentProperties,
  },
  AssignmentOfProposal: {
    type: 'object',
    description: 'An assignment as the secretariat sees it: who, which stage, how far; never the scores',
    required: ['id', 'reviewerId', 'reviewerName', 'stage', 'status', 'conflictKind', 'conflictReason', 'submittedAt'],
    properties: {
      id: uuid,
      reviewerId: uuid,
      reviewerName: { type: 'string' },
      stage,
      status: assignmentProperties.status!,
      conflictKind: assignmentProperties.conflictKind!,
      conflictReason: assignmentProperties.conflictReason!,
      submittedAt: nullable(dateTime),
    },
  },
  AssignmentQueue: {
    type: 'object',
    description: 'My review queue (conflicted assignments are left out)',
    required: ['pending', 'done'],
    properties: {
      pending: { ...listOf(queueItem), description: 'Not yet submitted' },
      done: { ...listOf(queueItem), description: 'Submitted or locked' },
    },
  },
  ScoreSheet: {
    type: 'object',
    description: 'My score sheet (採点票) as saved, with the rubric it uses',
    required: ['assignment', 'rubric', 'scores', 'comments', 'updatedAt', 'submittedAt'],
    properties: {
      assignment: {
        type: 'object',
        required: [...assignmentRequired, 'title', 'callId'],
        properties: ownAssignmentProperties,
      },
      rubric: {
        type: 'object',
        description: 'The version the sheet is frozen to, or the current one before the first save',
        required: ['version', 'definition'],
        properties: { version: { type: 'integer', minimum: 1 }, definition: ref('RubricDefinition') },
      },
      scores: scoresByCriterion,
      comments: textsByCriterion,
      updatedAt: nullable({ ...dateTime, description: 'Last save; null before the first' }),
      submittedAt: nullable(dateTime),
    },
  },
  ScoreSheetSaved: {
    type: 'object',
    required: ['status', 'rubricVersion'],
    properties: {
      status: { type: 'string', enum: ['draft'] },
      rubricVersion: { type: 'integer', minimum: 1, description: 'The rubric version the sheet is frozen to' },
    },
  },
  ScoreSheetSubmitted: {
    type: 'object',
    required: ['status'],
    properties: { status: { type: 'string', enum: ['submitted'] } },
  },
  ScoreSheetReopened: {
    type: 'object',
    required: ['status'],
    properties: { status: { type: 'string', enum: ['draft'], description: 'Back with the reviewer as a draft' } },
  },
  ...RESULTS_SCHEMAS,
};
