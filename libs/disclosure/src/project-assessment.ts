import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { KpiProgress } from '@kyodo/partnership';
import { evaluateProject, Fraction, latestRubric } from '@kyodo/review';

type Party = 'group' | 'department';

/** The partners' self-evaluations as the machine records them (SUBMIT_SELF_EVALUATION); `by` is never read. */
export interface AssessmentContext {
  selfEvaluations: Record<Party, { summary: string; at: string; scores?: Record<string, number> } | null>;
}

export interface ProjectAssessmentInput {
  callId: string;
  selfEvaluations: AssessmentContext['selfEvaluations'];
  /** KPI planned against actual, as the partnership library answers it. */
  kpis: KpiProgress[];
  /** The committee's aggregate of the project_end stage, when its sheets are in. */
  committee: { total: number } | undefined;
  weights: { group: number; department: number; committee: number };
}

/** How 達成率 is rounded; published beside it. */
export const ACHIEVEMENT_ROUNDING = {
  ja: '達成率は実績÷目標を百分率にしたもので、正確に計算したうえで小数第2位を四捨五入して小数第1位まで表示します。',
  en: 'Achievement is actual ÷ target as a percentage, computed exactly and rounded half up to one decimal place.',
} as const;

/** 達成率: actual ÷ target on 100, rounded once, half up, to one decimal; null without an actual or a target. */
export function achievementPercent(actual: number | null, target: number): number | null {
  if (actual === null || target === 0) return null;
  // Hundredths of a tenth are tenths of the percentage: the exact fraction is rounded once.
  const tenths = Fraction.decimal(actual).div(Fraction.decimal(target)).mul(Fraction.of(10)).toHundredths();
  return Math.round(tenths * 100) / 10;
}

/**
 * 事業評価 for the assessment package: each KPI planned against actual with its 達成率, both partners'
 * self-evaluations side by side per criterion of the call's project_end rubric (items 2 or more apart flagged, as
 * the committee sees them), and the combined score by the call's weights once the committee's sheets are in. Only
 * summaries, scores and dates: no person's name.
 */
@Injectable()
export class ProjectAssessment {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async of(input: ProjectAssessmentInput) {
    const rubric = await latestRubric(this.dataSource, input.callId, 'project_end');
    const group = input.selfEvaluations.group;
    const department = input.selfEvaluations.department;
    const definitions = rubric?.definition.criteria ?? [];
    // The rubric's items in its order, then any item a partner scored that the rubric no longer lists.
    const keys = [
      ...definitions.map((c) => c.key),
      ...[...Object.keys(group?.scores ?? {}), ...Object.keys(department?.scores ?? {})].filter(
        (k) => !definitions.some((c) => c.key === k),
      ),
    ].filter((k, i, all) => all.indexOf(k) === i);
    const items = keys.map((key) => {
      const g = group?.scores?.[key] ?? null;
      const d = department?.scores?.[key] ?? null;
      return { key, group: g, department: d, differsBy2: g !== null && d !== null && Math.abs(g - d) >= 2 };
    });
    const { weights } = input;
    // Counted as the committee's page counts it (the rubric's weights and scoring method); a part that is missing is
    // never a made-up zero: no combined score until both self-evaluations and the committee's sheets are in (and
    // never a division by an empty rubric or zero weights).
    const evaluation =
      rubric && definitions.length > 0 && weights.group + weights.department + weights.committee > 0
        ? evaluateProject({
            rubric: rubric.definition,
            group: group?.scores ?? null,
            department: department?.scores ?? null,
            committeeTotal: input.committee?.total ?? null,
            weights,
            kpis: [],
          })
        : null;
    const combined = evaluation?.verdict ? evaluation : null;
    return {
      kpis: input.kpis.map((k) => ({
        kind: k.kind,
        name: k.name,
        unit: k.unit,
        baseline: k.baseline,
        target: k.target,
        actual: k.actual,
        achievementPercent: achievementPercent(k.actual, k.target),
      })),
      achievementRounding: ACHIEVEMENT_ROUNDING,
      selfEvaluations: {
        group: group ? { summary: group.summary, submittedAt: group.at } : null,
        department: department ? { summary: department.summary, submittedAt: department.at } : null,
        criteria: items.map((item) => {
          const definition = definitions.find((c) => c.key === item.key);
          return {
            key: item.key,
            label: definition ? { ja: definition.labelJa, en: definition.labelEn } : null,
            scale: definition ? { min: definition.scale.min, max: definition.scale.max } : null,
            group: item.group,
            department: item.department,
            differsBy2: item.differsBy2,
          };
        }),
      },
      combined: combined ? { weights, ...combined.totals, grade: combined.verdict } : null,
    };
  }
}
