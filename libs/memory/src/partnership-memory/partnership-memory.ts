import type { MemorySection, SelfEvaluationDifference } from '../memory-parties';

/** An organisation as the memory names it. */
export interface MemoryOrganization {
  id: string;
  kind: string;
  name: { ja: string; en: string };
}

/** A KPI of a past project: the target in force beside the actual and the 達成率 (null without an actual). */
export interface MemoryKpi {
  kind: 'outcome' | 'activity';
  name: string;
  unit: string;
  target: number;
  plannedTarget: number;
  actual: number | null;
  actualFrom: 'results_report' | 'progress_report' | null;
  achievementPercent: number | null;
}

/** One past proposal as the secretariat and the committee read it (internal: decided but unpublished included). */
export interface MemoryProject {
  proposalId: string;
  fiscalYear: number;
  title: string;
  receiptNumber: string | null;
  state: string;
  origin: 'group' | 'department';
  groups: MemoryOrganization[];
  departments: MemoryOrganization[];
  /** The committee's decision with its 講評; `published` once its disclosure package is out. */
  decision: { outcome: string; comment: string; decidedAt: string; published: boolean } | null;
  agreement: {
    concludedAt: string | null;
    termStart: string;
    termEnd: string;
    partnershipForm: string;
    grantedAmount: number;
  } | null;
  progressReports: { filed: number; accepted: number; returned: number };
  resultsReport: { status: string; summary: string; usedAmount: number; returnAmount: number } | null;
  /** The end-of-term verdict (事業評価) with its comment; `published` once disclosed. */
  assessment: { verdict: string; comment: string; assessedAt: string; published: boolean } | null;
  /** The two self-evaluations compared item by item; null until both partners have scored. */
  selfEvaluationGap: { compared: number; differing: SelfEvaluationDifference[] } | null;
  kpis: MemoryKpi[];
}

/** Counts over one section. */
export interface MemorySummary {
  proposals: number;
  adopted: number;
  assessed: number;
}

/**
 * 協働の記録 of a proposal: the earlier proposals of the same group and department together, of the group alone (with
 * other departments) and of the department alone (with other groups), each with what happened to it.
 */
export interface PartnershipMemoryView {
  proposalId: string;
  groups: MemoryOrganization[];
  departments: MemoryOrganization[];
  sections: Record<MemorySection, { summary: MemorySummary; projects: MemoryProject[] }>;
}

const ADOPTED = new Set(['adopted', 'adoptedWithConditions']);

/** The counts of a section's projects. */
export function summarise(projects: MemoryProject[]): MemorySummary {
  return {
    proposals: projects.length,
    adopted: projects.filter((p) => p.decision && ADOPTED.has(p.decision.outcome)).length,
    assessed: projects.filter((p) => p.assessment !== null).length,
  };
}
