import type { SchemaObject } from '../openapi/answers';
import { ref } from '../openapi/answers';

const uuid: SchemaObject = { type: 'string', format: 'uuid' };
const moment = (description?: string): SchemaObject => ({
  type: 'string',
  format: 'date-time',
  ...(description ? { description } : {}),
});
const optionalMoment = (description: string): SchemaObject => ({ ...moment(description), nullable: true });
const percent = (description: string): SchemaObject => ({ type: 'number', minimum: 0, maximum: 100, description });
const weight: SchemaObject = { type: 'integer', minimum: 0, maximum: 100 };

/** What the calls (募集回) and their themes answer. */
export const CALLS_SCHEMAS: Record<string, SchemaObject> = {
  Call: {
    type: 'object',
    description: '募集回: one round of the scheme',
    required: [
      'id',
      'municipalityId',
      'fiscalYear',
      'titleJa',
      'titleEn',
      'descriptionJa',
      'descriptionEn',
      'eligibilityJa',
      'eligibilityEn',
      'exclusionsJa',
      'exclusionsEn',
      'maxRequestedAmount',
      'activityFields',
      'submissionOpensAt',
      'submissionClosesAt',
      'screeningAt',
      'reviewDeadlineAt',
      'jointEvaluationAt',
      'publicationAt',
      'consultationRequired',
      'provisionalAdoption',
      'preConsultation',
      'phase',
      'version',
      'evaluationSettings',
      'holdDecisionNotices',
      'createdAt',
      'updatedAt',
    ],
    properties: {
      id: uuid,
      municipalityId: uuid,
      fiscalYear: { type: 'integer', minimum: 2000, maximum: 2100, description: '年度 (fiscal year)' },
      titleJa: { type: 'string' },
      titleEn: { type: 'string' },
      descriptionJa: { type: 'string', description: 'Empty when none was given' },
      descriptionEn: { type: 'string', description: 'Empty when none was given' },
      eligibilityJa: { type: 'string', description: '応募資格 (eligibility); empty when none was given' },
      eligibilityEn: { type: 'string' },
      exclusionsJa: { type: 'string', description: '対象外となる事業 (projects excluded); empty when none was given' },
      exclusionsEn: { type: 'string' },
      maxRequestedAmount: {
        type: 'integer',
        nullable: true,
        minimum: 0,
        maximum: 1_000_000_000_000,
        description: 'Maximum requested amount in yen; null for no maximum',
      },
      activityFields: {
        type: 'array',
        items: { type: 'string' },
        description: 'Keys of the municipality’s activity fields in scope; empty means all',
      },
      submissionOpensAt: moment(),
      submissionClosesAt: moment('The submission deadline (a timer closes the call then)'),
      screeningAt: optionalMoment('形式審査 (eligibility screening)'),
      reviewDeadlineAt: optionalMoment('審査（採点）締切 (scoring deadline)'),
      jointEvaluationAt: optionalMoment('合同評価会議 (joint evaluation meeting)'),
      publicationAt: optionalMoment('結果公表 (publication of the results)'),
      consultationRequired: {
        type: 'boolean',
        description: '担当課協議 (department consultation) required before review',
      },
      provisionalAdoption: { type: 'boolean', description: 'Adoption is provisional (内定) until the budget passes' },
      preConsultation: { type: 'boolean', description: '事前相談 (pre-consultation) recorded before submission' },
      phase: {
        type: 'string',
        enum: ['accepting', 'closed_for_submission'],
        description: 'closed_for_submission once the submission deadline has passed',
      },
      version: { type: 'integer', minimum: 1, description: 'Send as If-Match to edit the call' },
      evaluationSettings: ref('CallEvaluationSettings'),
      holdDecisionNotices: {
        type: 'boolean',
        description: '一斉通知: decision notices wait until the secretariat releases them for the whole call',
      },
      createdAt: moment(),
      updatedAt: moment(),
    },
  },
  CallEvaluationSettings: {
    type: 'object',
    description: 'How the call’s reviews are scored and combined, as set; what is left out takes the default',
    properties: {
      conflictRule: {
        type: 'string',
        enum: ['renormalize', 'substitute_mean'],
        description: 'The rule for a recused reviewer’s missing score',
      },
      thresholdPercent: percent('Adoption line, % of full marks'),
      disagreementSpread: percent('Criteria whose max − min score reaches this are flagged'),
      stageCombination: {
        type: 'object',
        required: ['kind'],
        properties: {
          kind: { type: 'string', enum: ['threshold', 'weighted'] },
          stage1PassMark: percent('threshold: the stage-1 mark (on 100) to go on to stage 2'),
          weights: {
            type: 'object',
            description: 'weighted: the weight of each stage, e.g. 50 / 50',
            required: ['document', 'presentation'],
            properties: { document: weight, presentation: weight },
          },
        },
      },
      projectWeights: {
        type: 'object',
        description: 'Weights of the project evaluation’s parties',
        required: ['group', 'department', 'committee'],
        properties: { group: weight, department: weight, committee: weight },
      },
    },
  },
  Theme: {
    type: 'object',
    description: '市提案テーマ: a theme a department posts in a call for groups to answer',
    required: [
      'id',
      'municipalityId',
      'callId',
      'departmentId',
      'titleJa',
      'titleEn',
      'descriptionJa',
      'descriptionEn',
      'createdBy',
      'createdAt',
    ],
    properties: {
      id: uuid,
      municipalityId: uuid,
      callId: uuid,
      departmentId: { ...uuid, description: 'The department that posted it' },
      titleJa: { type: 'string' },
      titleEn: { type: 'string' },
      descriptionJa: { type: 'string', description: 'Empty when none was given' },
      descriptionEn: { type: 'string', description: 'Empty when none was given' },
      createdBy: { ...uuid, description: 'The user who posted it' },
      createdAt: moment(),
    },
  },
  Announcement: {
    type: 'object',
    description: '一斉通知: the release of a call’s held decision notices',
    required: ['held', 'releaseAt'],
    properties: {
      held: { type: 'integer', minimum: 0, description: 'Decision notices of the call held when asked' },
      releaseAt: {
        type: 'string',
        format: 'date-time',
        nullable: true,
        description:
          'When the held notices will be released (a future `releaseAt` schedules it); null when they were ' +
          'released now (none sent, or a moment already past)',
      },
    },
  },
};
