import { dateTime, ref, type SchemaObject } from '../openapi/answers';

const OUTCOMES = ['adopted', 'adoptedWithConditions', 'notAdopted'];
const text: SchemaObject = { type: 'string' };
const nullableText: SchemaObject = { type: 'string', nullable: true };
const bilingual: SchemaObject = { type: 'object', required: ['ja', 'en'], properties: { ja: text, en: text } };

/**
 * A package as BuildPublication (libs/disclosure) stored it: immutable once published, so what a reader gets is
 * what the package held on the day — a correction is a new version, never an edit.
 */
const packageProperties: Record<string, SchemaObject> = {
  kind: { type: 'string', enum: ['decision', 'assessment'] },
  proposal: {
    type: 'object',
    required: [
      'id',
      'receiptNumber',
      'title',
      'origin',
      'organization',
      'partnerDepartments',
      'theme',
      'summary',
      'background',
      'objectives',
      'kpis',
      'activityFields',
      'requestedAmount',
    ],
    properties: {
      id: { type: 'string', format: 'uuid' },
      receiptNumber: { ...nullableText, description: 'Receipt number (受付番号)' },
      title: text,
      origin: { type: 'string', enum: ['group', 'department'], description: 'Group proposal or department theme' },
      organization: { ...bilingual, description: 'The proposing group or department' },
      partnerDepartments: { type: 'array', items: bilingual },
      theme: { ...nullableText, description: 'The department theme answered (市提案テーマ), in Japanese' },
      summary: nullableText,
      background: { ...nullableText, description: 'The local need addressed (課題・地域ニーズ)' },
      objectives: nullableText,
      kpis: {
        type: 'array',
        items: {
          type: 'object',
          required: ['kind', 'name', 'unit', 'target'],
          properties: {
            kind: { type: 'string', enum: ['outcome', 'activity'], description: '成果目標 / 活動指標' },
            name: text,
            unit: text,
            baseline: { type: 'number' },
            target: { type: 'number' },
          },
        },
      },
      activityFields: { type: 'array', items: text, description: 'Keys of the municipality’s activity fields' },
      requestedAmount: { type: 'integer', minimum: 0, nullable: true, description: 'Yen' },
    },
  },
  call: {
    type: 'object',
    required: ['id', 'fiscalYear', 'title'],
    properties: { id: { type: 'string', format: 'uuid' }, fiscalYear: { type: 'integer' }, title: bilingual },
  },
  decision: {
    type: 'object',
    nullable: true,
    required: ['outcome', 'comment', 'decidedAt'],
    properties: {
      outcome: { type: 'string', enum: OUTCOMES },
      comment: { ...text, description: 'The committee’s comment (講評)' },
      decidedAt: dateTime,
    },
  },
  conditions: {
    type: 'array',
    description: 'Conditions of an adoption with conditions (付帯条件)',
    items: { type: 'object', required: ['text', 'resolved'], properties: { text, resolved: { type: 'boolean' } } },
  },
  assessment: {
    type: 'object',
    nullable: true,
    description: 'The committee’s assessment of the finished project (事業評価); only in an assessment package',
    required: ['verdict', 'comment', 'assessedAt'],
    properties: { verdict: { type: 'string', enum: ['A', 'B', 'C'] }, comment: text, assessedAt: dateTime },
  },
  scores: {
    type: 'object',
    description: 'The aggregated result of each stage that has one',
    properties: {
      document: ref('PublicationStageResult'),
      presentation: ref('PublicationStageResult'),
      project_end: ref('PublicationStageResult'),
    },
  },
  consensus: {
    type: 'object',
    nullable: true,
    description: 'The latest consensus scores the committee recorded, with their reasons, by criterion key',
    required: ['scores', 'reasons'],
    properties: {
      scores: { type: 'object', additionalProperties: { type: 'number' } },
      reasons: { type: 'object', additionalProperties: text },
    },
  },
  rounding: { ...bilingual, description: 'How the scores were rounded' },
  committee: {
    type: 'array',
    nullable: true,
    description: 'The committee, named only where the municipality chose to — never beside a score',
    items: {
      type: 'object',
      required: ['name', 'position', 'affiliation'],
      properties: {
        name: text,
        position: { type: 'string', enum: ['member', 'chair'] },
        affiliation: { ...nullableText, description: 'e.g. 学識経験者, 市民委員' },
      },
    },
  },
  state: { ...text, description: 'The proposal’s state when the package was built (e.g. `decided.adopted`)' },
};

const packageRequired = Object.keys(packageProperties);

/** Disclosure packages and their versions (公開). */
export const PUBLICATION_SCHEMAS: Record<string, SchemaObject> = {
  PublicationPackage: { type: 'object', required: packageRequired, properties: packageProperties },
  PublicationVersion: {
    type: 'object',
    description: 'One version of a package, with when it was published and, for a correction, why',
    required: [...packageRequired, 'version', 'publishedAt', 'correctionReason'],
    properties: {
      ...packageProperties,
      version: { type: 'integer', minimum: 1 },
      publishedAt: dateTime,
      correctionReason: nullableText,
    },
  },
  PublicationStageResult: {
    type: 'object',
    description: 'One stage’s aggregate for the public: no reviewer, no other proposal’s id',
    required: ['rubricVersion', 'criteria', 'total', 'rank', 'passes', 'conflictRule', 'substituted', 'tied'],
    properties: {
      rubricVersion: { type: 'integer', minimum: 1 },
      criteria: { type: 'array', items: ref('PublicationCriterionResult') },
      total: { type: 'number', minimum: 0, maximum: 100, description: 'Weighted total on 100' },
      rank: { type: 'integer', minimum: 1, description: 'Ties share a rank (1, 2, 2, 4)' },
      passes: { type: 'boolean', description: 'Whether the total reaches the adoption line' },
      conflictRule: {
        type: 'string',
        enum: ['renormalize', 'substitute_mean'],
        description: 'How recused members’ missing scores were treated',
      },
      substituted: { type: 'integer', minimum: 0, description: 'Recused members whose score the mean stood in for' },
      tied: { type: 'boolean', description: 'Whether another proposal has the same total' },
    },
  },
  PublicationCriterionResult: {
    type: 'object',
    required: ['key', 'count', 'mean', 'median', 'min', 'max', 'stdDev', 'disagreement'],
    properties: {
      key: text,
      count: { type: 'integer', minimum: 0, description: 'Scores counted' },
      mean: { type: 'number' },
      median: { type: 'number' },
      min: { type: 'number' },
      max: { type: 'number' },
      stdDev: { type: 'number', minimum: 0, description: 'Population standard deviation' },
      disagreement: { type: 'boolean', description: 'The spread reached the call’s disagreement threshold' },
      label: bilingual,
      scale: {
        type: 'object',
        required: ['min', 'max', 'step'],
        properties: { min: { type: 'number' }, max: { type: 'number' }, step: { type: 'number' } },
      },
    },
  },
  PublicationCorrection: {
    type: 'object',
    required: ['version', 'reason'],
    properties: {
      version: {
        type: 'integer',
        minimum: 2,
        nullable: true,
        description: 'The new version; null if the package could not be rebuilt',
      },
      reason: text,
    },
  },
};
