import { dateTime, listOf, nullable, ref, uuid, type Schema, type SchemaObject } from '../openapi/answers';
import { roundingRule, scoresByCriterion, stage, textsByCriterion } from './review-common.answers';

const VERDICTS = ['A', 'B', 'C'];
const onHundred = (description: string): SchemaObject => ({ type: 'number', minimum: 0, maximum: 100, description });
const weight: SchemaObject = { type: 'integer', minimum: 0, maximum: 100 };
/** Who is behind a score: named to the secretariat only; everyone else sees the letter (委員A). */
const reviewerIdentity = nullable({
  ...uuid,
  description: 'The evaluator; null for everyone but the secretariat, who see the letter only (docs/evaluation.md)',
});
const reviewerLabel: SchemaObject = {
  type: 'string',
  pattern: '^[A-Z]+$',
  description: 'The evaluator’s letter in this call (委員A, 委員B …), the same on every proposal and stage of the call',
};

/** One proposal at one stage (libs/review aggregation ProposalResult). */
const resultProperties: Record<string, Schema> = {
  proposalId: uuid,
  criteria: listOf(ref('CriterionStats')),
  total: onHundred('Weighted total on 100'),
  rank: { type: 'integer', minimum: 1, description: 'Equal totals share a rank (1, 2, 2, 4); ties are never broken' },
  tiedWith: { ...listOf(uuid), description: 'The proposals with the same total' },
  passes: { type: 'boolean', description: 'At or above the adoption line (採択ライン)' },
  conflictRule: ref('ConflictRule'),
  substituted: { type: 'integer', minimum: 0, description: 'Scores stood in by the mean (substitute_mean)' },
};
const resultRequired = Object.keys(resultProperties);

/** What the results of a call or a proposal and the project evaluation answer. */
export const RESULTS_SCHEMAS: Record<string, SchemaObject> = {
  StageCombination: {
    type: 'object',
    description:
      'How 書類審査 and 公開プレゼン combine: `threshold` (stage 1 only filters at `stage1PassMark`) or `weighted` (`weights`)',
    required: ['kind'],
    properties: {
      kind: { type: 'string', enum: ['threshold', 'weighted'] },
      stage1PassMark: { type: 'number', minimum: 0, maximum: 100, description: 'threshold: the stage-1 mark on 100' },
      weights: {
        type: 'object',
        description: 'weighted: e.g. 50 / 50',
        required: ['document', 'presentation'],
        properties: { document: weight, presentation: weight },
      },
    },
  },
  ConflictRule: {
    type: 'string',
    enum: ['renormalize', 'substitute_mean'],
    description: 'How a recused reviewer’s missing score is treated: the others renormalised, or the mean stood in',
  },
  ProjectWeights: {
    type: 'object',
    description: '事業評価 weights of the self-evaluations and the committee (e.g. 20/20/60)',
    required: ['group', 'department', 'committee'],
    properties: { group: weight, department: weight, committee: weight },
  },
  ScoreRoundingRule: roundingRule,
  CriterionStats: {
    type: 'object',
    description: 'Statistics of one criterion over the submitted sheets (hundredths)',
    required: ['key', 'count', 'mean', 'median', 'min', 'max', 'stdDev', 'disagreement'],
    properties: {
      key: { type: 'string' },
      count: { type: 'integer', minimum: 0 },
      mean: { type: 'number' },
      median: { type: 'number' },
      min: { type: 'number' },
      max: { type: 'number' },
      stdDev: { type: 'number', minimum: 0, description: 'Population standard deviation' },
      disagreement: { type: 'boolean', description: 'max − min reaches the call’s disagreement spread' },
    },
  },
  ResultsStageEntry: { type: 'object', required: resultRequired, properties: resultProperties },
  ResultsProposalStage: {
    type: 'object',
    required: ['rubricVersion', ...resultRequired],
    properties: { rubricVersion: { type: 'integer', minimum: 1 }, ...resultProperties },
  },
  ResultsStage: {
    type: 'object',
    description: 'A stage of the call: its rubric, the ranking and each reviewer’s leniency',
    required: ['rubricVersion', 'rubric', 'results', 'leniency'],
    properties: {
      rubricVersion: { type: 'integer', minimum: 1 },
      rubric: ref('RubricDefinition'),
      results: { ...listOf(ref('ResultsStageEntry')), description: 'Ranked, best first' },
      leniency: listOf(ref('ReviewerLeniency')),
    },
  },
  ReviewerLeniency: {
    type: 'object',
    description: 'How much more generous or severe a reviewer is than the panels they sat on',
    required: ['reviewerId', 'reviewerLabel', 'sheets', 'offset', 'zScore'],
    properties: {
      reviewerId: reviewerIdentity,
      reviewerLabel,
      sheets: { type: 'integer', minimum: 1 },
      offset: { type: 'number', description: 'Mean of (own total − the panel’s mean total), on 100' },
      zScore: { type: 'number', description: 'The offset in standard deviations of all reviewers’ offsets' },
    },
  },
  ResultsCombined: {
    type: 'object',
    description: 'A proposal’s two stages combined by the call’s rule',
    required: [
      'proposalId',
      'document',
      'presentation',
      'combined',
      'passedStage1',
      'missing',
      'rank',
      'tiedWith',
      'adopted',
    ],
    properties: {
      proposalId: uuid,
      document: nullable(onHundred('Stage total; null without one')),
      presentation: nullable(onHundred('Stage total; null without one')),
      combined: nullable(onHundred('null when a stage the rule needs is missing (never taken as zero)')),
      passedStage1: { type: 'boolean' },
      missing: listOf({ type: 'string', enum: ['document', 'presentation'] }),
      rank: nullable({ type: 'integer', minimum: 1 }),
      tiedWith: listOf(uuid),
      adopted: { type: 'boolean' },
    },
  },
  EvaluationSettings: {
    type: 'object',
    description: 'How the call evaluates (its stored settings over the defaults)',
    required: ['conflictRule', 'thresholdPercent', 'disagreementSpread', 'stageCombination', 'projectWeights'],
    properties: {
      conflictRule: ref('ConflictRule'),
      thresholdPercent: { type: 'number', minimum: 0, maximum: 100, description: 'Adoption line, % of full marks' },
      disagreementSpread: { type: 'number', minimum: 0, description: 'Flag criteria whose max − min reaches this' },
      stageCombination: nullable(ref('StageCombination')),
      projectWeights: ref('ProjectWeights'),
    },
  },
  CallResults: {
    type: 'object',
    required: ['settings', 'rounding', 'stages', 'combined'],
    properties: {
      settings: ref('EvaluationSettings'),
      rounding: ref('ScoreRoundingRule'),
      stages: {
        type: 'object',
        description: 'The stages with a rubric',
        properties: { document: ref('ResultsStage'), presentation: ref('ResultsStage') },
      },
      combined: nullable({ ...listOf(ref('ResultsCombined')), description: 'null unless the call combines stages' }),
    },
  },
  ScoreSheetSubmission: {
    type: 'object',
    description: 'A submitted score sheet',
    required: [
      'assignmentId',
      'reviewerId',
      'reviewerLabel',
      'stage',
      'rubricVersion',
      'scores',
      'comments',
      'submittedAt',
    ],
    properties: {
      assignmentId: uuid,
      reviewerId: reviewerIdentity,
      reviewerLabel,
      stage,
      rubricVersion: { type: 'integer', minimum: 1 },
      scores: scoresByCriterion,
      comments: textsByCriterion,
      submittedAt: dateTime,
    },
  },
  ConsensusComparison: {
    type: 'object',
    description: 'A session’s consensus (合議) beside the individual mean of each criterion',
    required: ['sessionId', 'criteria'],
    properties: {
      sessionId: uuid,
      criteria: listOf({
        type: 'object',
        required: ['key', 'consensus', 'reason', 'individualMean', 'difference'],
        properties: {
          key: { type: 'string' },
          consensus: { type: 'number' },
          reason: { type: 'string' },
          individualMean: nullable({ type: 'number', description: 'Mean of the sheets (presentation, else document)' }),
          difference: nullable({ type: 'number', description: 'consensus − individualMean, hundredths' }),
        },
      }),
    },
  },
  ScoresOfProposal: {
    type: 'object',
    required: ['rounding', 'sheets', 'stages', 'consensus'],
    properties: {
      rounding: ref('ScoreRoundingRule'),
      sheets: listOf(ref('ScoreSheetSubmission')),
      stages: {
        type: 'object',
        description: 'The stages where the proposal has a result',
        properties: {
          document: ref('ResultsProposalStage'),
          presentation: ref('ResultsProposalStage'),
          project_end: ref('ResultsProposalStage'),
        },
      },
      consensus: listOf(ref('ConsensusComparison')),
    },
  },
  EvaluationOfProject: {
    type: 'object',
    description: '事業評価: self-evaluations side by side, the combined verdict, KPIs planned against actual',
    required: ['items', 'mutualEvaluationItems', 'totals', 'verdict', 'kpis', 'committeeVerdict', 'rounding'],
    properties: {
      items: listOf({
        type: 'object',
        required: ['key', 'group', 'department', 'differsBy2'],
        properties: {
          key: { type: 'string', description: 'Criterion key of the project_end rubric' },
          group: nullable({ type: 'number', description: 'The group’s self-evaluation; null if not given' }),
          department: nullable({ type: 'number', description: 'The department’s self-evaluation; null if not given' }),
          differsBy2: { type: 'boolean' },
        },
      }),
      mutualEvaluationItems: {
        ...listOf({ type: 'string' }),
        description: 'Items 2 or more apart, which seed the mutual evaluation (相互評価)',
      },
      totals: {
        type: 'object',
        required: ['group', 'department', 'committee', 'combined'],
        properties: {
          // Self-evaluation scores are not held to the rubric's scale, so these can leave 0–100.
          group: { type: 'number', description: 'The group’s self-evaluation on 100' },
          department: { type: 'number', description: 'The department’s self-evaluation on 100' },
          committee: { type: 'number', description: 'The committee’s total on 100 (0 without one)' },
          combined: { type: 'number', description: 'Weighted by the call’s project weights' },
        },
      },
      verdict: { type: 'string', enum: VERDICTS, description: 'A ≥ 80, B ≥ 60, else C' },
      kpis: listOf({
        type: 'object',
        description: 'A KPI of the proposal content with its actual value',
        required: ['kind', 'name', 'unit', 'target', 'actual', 'achievementPercent'],
        properties: {
          kind: {
            type: 'string',
            enum: ['outcome', 'activity'],
            description: '成果目標 (outcome) or 活動指標 (activity)',
          },
          name: { type: 'string' },
          unit: { type: 'string' },
          baseline: { type: 'number' },
          target: { type: 'number' },
          actual: nullable({ type: 'number', description: 'From the group’s self-evaluation; null if not given' }),
          achievementPercent: nullable({ type: 'number', description: 'actual ÷ target × 100; null without both' }),
        },
      }),
      committeeVerdict: nullable({
        type: 'string',
        enum: VERDICTS,
        description: 'The committee’s recorded assessment',
      }),
      rounding: ref('ScoreRoundingRule'),
    },
  },
};
