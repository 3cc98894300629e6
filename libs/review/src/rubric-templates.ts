import type { CriterionDefinition, RubricDefinition } from './rubric-definition';

const ZERO_TO_FIVE = { min: 0, max: 5, step: 1 };
const SELECTION_LEVELS = [
  { score: 5, labelJa: '非常に優れている', labelEn: 'Excellent' },
  { score: 4, labelJa: '優れている', labelEn: 'Good' },
  { score: 3, labelJa: '普通', labelEn: 'Adequate' },
  { score: 2, labelJa: 'やや劣る', labelEn: 'Weak' },
  { score: 1, labelJa: '劣る', labelEn: 'Poor' },
  { score: 0, labelJa: '該当しない', labelEn: 'Absent' },
];
const OUTCOME_LEVELS = [
  { score: 5, labelJa: '想定をはるかに上回った', labelEn: 'Far above expectations' },
  { score: 4, labelJa: '想定を上回った', labelEn: 'Above expectations' },
  { score: 3, labelJa: '想定どおり', labelEn: 'As expected' },
  { score: 2, labelJa: '想定を下回った', labelEn: 'Below expectations' },
  { score: 1, labelJa: '想定をはるかに下回った', labelEn: 'Far below expectations' },
];

const c = (key: string, labelJa: string, labelEn: string, weight: number, descriptionJa = ''): CriterionDefinition => ({
  key,
  labelJa,
  labelEn,
  descriptionJa,
  weight,
  scale: ZERO_TO_FIVE,
  levels: SELECTION_LEVELS,
});

/**
 * Rubrics built from the criteria municipalities actually publish. The
 * secretariat starts from one and adapts it. Each counts the points as given (`proportional`, as practice does); the
 * total is shown on the rubric's own full marks, and on 100 where the call asks.
 */
export const RUBRIC_TEMPLATES: Record<string, RubricDefinition> = {
  'selection-12x5': {
    scoring: 'proportional',
    titleJa: '書類審査 評価シート（12項目×5点）',
    titleEn: 'Document review: 12 items × 5 points',
    descriptionJa: '各項目0〜5点、60点満点',
    descriptionEn: 'Each item 0–5, 60 points in all',
    criteria: [
      c('public_benefit', '公益性', 'Public benefit', 5, '不特定多数の市民の利益につながるか'),
      c('need_for_collaboration', '協働の必要性', 'Need for collaboration', 5, '市と団体が協働で取り組む必要があるか'),
      c('synergy', '相乗効果', 'Synergy', 5, '協働によって単独以上の効果が見込めるか'),
      c('role_sharing', '役割分担', 'Role sharing', 5, '役割分担が明確か'),
      c('equal_partnership', '対等性', 'Equal partnership', 5, '対等な関係で進められるか'),
      c('feasibility_plan', '実現可能性（計画）', 'Feasibility: plan', 5),
      c('feasibility_organisation', '実現可能性（体制）', 'Feasibility: organisation', 5),
      c('feasibility_funding', '実現可能性（資金）', 'Feasibility: funding', 5),
      c('budget_appropriateness', '予算の適正', 'Appropriate budget', 5),
      c('novelty', '先駆性・新規性', 'Pioneering and new', 5),
      c('sustainability', '発展性・自立性', 'Growth and self-reliance', 5),
      c('local_needs', '地域ニーズの把握', 'Grasp of local needs', 5),
    ],
  },
  'selection-weighted-30': {
    scoring: 'proportional',
    titleJa: '書類審査 評価シート（公益性30点）',
    titleEn: 'Document review: public benefit weighted 30',
    descriptionJa: '各項目0〜5点を換算、公益性30点・他70点の100点満点',
    descriptionEn: 'Each item 0–5 converted: public benefit 30, the others 70, on 100',
    criteria: [
      c('public_benefit', '公益性', 'Public benefit', 30),
      c('collaboration_synergy', '協働の必要性・相乗効果', 'Need for collaboration and synergy', 10),
      c('role_sharing_equality', '役割分担・対等性', 'Role sharing and equality', 10),
      c('feasibility', '実現可能性（計画・体制・資金）', 'Feasibility (plan, organisation, funding)', 10),
      c('budget_appropriateness', '予算の適正', 'Appropriate budget', 10),
      c('novelty', '先駆性・新規性', 'Pioneering and new', 10),
      c('sustainability', '発展性・自立性', 'Growth and self-reliance', 10),
      c('local_needs', '地域ニーズの把握', 'Grasp of local needs', 10),
    ],
  },
  'selection-10-5-3': {
    scoring: 'proportional',
    titleJa: '書類審査 評価シート（配点10・5・3点）',
    titleEn: 'Document review: weights 10 / 5 / 3',
    descriptionJa: '各項目0〜5点を配点に換算（50点満点）',
    descriptionEn: 'Each item 0–5 scaled to its weight (50 in all)',
    criteria: [
      c('collaboration_synergy', '協働の必要性・相乗効果', 'Need for collaboration and synergy', 10),
      c('public_benefit', '公益性', 'Public benefit', 5),
      c('role_sharing_equality', '役割分担・対等性', 'Role sharing and equality', 5),
      c('feasibility', '実現可能性', 'Feasibility', 5),
      c('budget_appropriateness', '予算の適正', 'Appropriate budget', 5),
      c('local_needs', '地域ニーズの把握', 'Grasp of local needs', 5),
      c('novelty', '先駆性・新規性', 'Pioneering and new', 3),
      c('sustainability', '発展性・自立性', 'Growth and self-reliance', 3),
      c('expertise', '専門性', 'Expertise', 3),
      c('openness', '公開性', 'Openness', 3),
      c('effect', '事業効果', 'Expected effect', 3),
    ],
  },
  'project-end': {
    scoring: 'proportional',
    titleJa: '事業評価シート（終了時）',
    titleEn: 'End-of-term project evaluation',
    descriptionJa: '各項目1〜5点（5＝想定をはるかに上回った … 1＝想定をはるかに下回った）',
    descriptionEn: 'Each item 1–5 (5 = far above expectations … 1 = far below)',
    criteria: (
      [
        ['goal_achievement', '目的・目標の達成度', 'Achievement of aims and targets'],
        ['role_sharing', '役割分担', 'Role sharing'],
        ['information_sharing', '情報共有', 'Information sharing'],
        ['synergy', '相乗効果', 'Synergy'],
        ['progress', '事業の進捗', 'Progress of the project'],
        ['method', '手法の妥当性', 'Appropriateness of methods'],
        ['beneficiary_satisfaction', '受益者満足度', 'Beneficiary satisfaction'],
        ['cost_effectiveness', '成果と事業費', 'Results against cost'],
      ] as const
    ).map(([key, labelJa, labelEn]) => ({
      key,
      labelJa,
      labelEn,
      weight: 1,
      scale: { min: 1, max: 5, step: 1 },
      levels: OUTCOME_LEVELS,
      commentRequired: true,
    })),
  },
};
