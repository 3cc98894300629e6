/** A KPI of a published end-of-term evaluation: target, actual and 達成率 as the package published them. */
export interface TrackRecordKpi {
  name: string;
  unit: string;
  target: number;
  actual: number | null;
  achievementPercent: number | null;
}

/** One disclosed proposal of the group, from its published packages alone. */
export interface TrackRecordProject {
  proposalId: string;
  fiscalYear: number;
  title: string;
  receiptNumber: string | null;
  /** The group proposed it, or a department's proposal named it as its partner (協働相手). */
  role: 'proposer' | 'partner';
  /** The departments on the city side, by name. */
  departments: Array<{ ja: string; en: string }>;
  decision: { outcome: string; comment: string; provisional: boolean; publishedAt: string };
  /** The published end-of-term evaluation; null until one is disclosed. */
  assessment: {
    verdict: string;
    comment: string;
    publishedAt: string;
    kpis: TrackRecordKpi[];
    /** Items of the two self-evaluations compared, and how many differ by 2 or more. */
    selfEvaluationItems: number;
    selfEvaluationDiffering: number;
  } | null;
}

/** 協働の実績 of a citizen group: Kamakura 6(7)イ 「実績の公表によって…信頼性を高め」. */
export interface GroupTrackRecordView {
  group: { id: string; name: { ja: string; en: string } };
  summary: { published: number; adopted: number; assessed: number };
  projects: TrackRecordProject[];
}

/** The parts of a published decision package the track record reads. */
export interface DecisionPackagePart {
  proposal: {
    title: string;
    receiptNumber: string | null;
    origin: string;
    organization: { ja: string; en: string };
    partnerDepartments?: Array<{ ja: string; en: string }>;
  };
  call: { fiscalYear: number };
  decision: { outcome: string; comment: string; provisional?: boolean } | null;
}

/** The parts of a published assessment package the track record reads (older packages lack the 事業評価 parts). */
export interface AssessmentPackagePart {
  assessment: {
    verdict: string;
    comment: string;
    kpis?: Array<{
      name: string;
      unit: string;
      target: number;
      actual: number | null;
      achievementPercent: number | null;
    }>;
    selfEvaluations?: { criteria?: Array<{ differsBy2: boolean; group: number | null; department: number | null }> };
  } | null;
}

const ADOPTED = new Set(['adopted', 'adoptedWithConditions']);

/**
 * A project of the track record from its published packages: a decision package without a decision (none is
 * published so) gives nothing.
 */
export function projectFromPackages(
  proposalId: string,
  decision: { package: DecisionPackagePart; publishedAt: Date },
  assessment: { package: AssessmentPackagePart; publishedAt: Date } | undefined,
): TrackRecordProject | null {
  const pkg = decision.package;
  if (!pkg.decision) return null;
  const role = pkg.proposal.origin === 'group' ? 'proposer' : 'partner';
  const assessed = assessment?.package.assessment ?? null;
  const criteria = (assessed?.selfEvaluations?.criteria ?? []).filter((c) => c.group !== null && c.department !== null);
  return {
    proposalId,
    fiscalYear: pkg.call.fiscalYear,
    title: pkg.proposal.title,
    receiptNumber: pkg.proposal.receiptNumber,
    role,
    departments:
      role === 'proposer'
        ? (pkg.proposal.partnerDepartments ?? [])
        : [pkg.proposal.organization, ...(pkg.proposal.partnerDepartments ?? [])],
    decision: {
      outcome: pkg.decision.outcome,
      comment: pkg.decision.comment,
      provisional: pkg.decision.provisional === true,
      publishedAt: decision.publishedAt.toISOString(),
    },
    assessment:
      assessed && assessment
        ? {
            verdict: assessed.verdict,
            comment: assessed.comment,
            publishedAt: assessment.publishedAt.toISOString(),
            kpis: (assessed.kpis ?? []).map((k) => ({
              name: k.name,
              unit: k.unit,
              target: k.target,
              actual: k.actual,
              achievementPercent: k.achievementPercent,
            })),
            selfEvaluationItems: criteria.length,
            selfEvaluationDiffering: criteria.filter((c) => c.differsBy2).length,
          }
        : null,
  };
}

/** The counts over the published projects. */
export function trackRecordSummary(projects: TrackRecordProject[]): GroupTrackRecordView['summary'] {
  return {
    published: projects.length,
    adopted: projects.filter((p) => ADOPTED.has(p.decision.outcome) && !p.decision.provisional).length,
    assessed: projects.filter((p) => p.assessment !== null).length,
  };
}
