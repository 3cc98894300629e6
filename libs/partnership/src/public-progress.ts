import { Injectable } from '@nestjs/common';
import { ProposalRepository, type ProposalContent } from '@kyodo/proposals';
import type { MilestoneStatus } from './milestones/milestone';
import { MilestoneRepository } from './milestones/milestone.repository';
import type { KpiActual } from './progress-reports/progress-report';
import { ProgressReportRepository } from './progress-reports/progress-report.repository';
import type { KpiTarget, PlanChangeKind } from './plan-changes/plan-change';
import { PlanChangeRepository } from './plan-changes/plan-change.repository';
import { targetsInForce } from './plan-changes/plan-terms';

/** A KPI on the public page: the target in force beside the actual, and whether a plan change moved the target. */
export interface PublicKpi extends KpiActual {
  /** The proposal's own target. */
  plannedTarget: number;
  /** When the approved plan change that set the target in force was approved; null while the proposal's stands. */
  targetChangedAt: string | null;
}

/** An approved 計画変更 as the public sees it: when, what kind, and the public terms it changed (period, targets). */
export interface PublicPlanChange {
  approvedAt: string;
  kinds: PlanChangeKind[];
  termStart: { before: string; after: string } | null;
  termEnd: { before: string; after: string } | null;
  kpiTargets: Array<{ name: string; before: number; after: number }>;
}

/** What the public sees of a project under way: the KPIs of the latest accepted report, and the milestones. */
export interface PublicProjectProgress {
  /** The last day the accepted report covers. */
  reportedThrough: string;
  kpis: PublicKpi[];
  milestones: Array<{ title: string; dueOn: string | null; status: MilestoneStatus }>;
  planChanges: PublicPlanChange[];
}

const changed = <T>(before: T | undefined, after: T | undefined) =>
  before !== undefined && after !== undefined ? { before, after } : null;

const pairs = (before: KpiTarget[] = [], after: KpiTarget[] = []) =>
  after.flatMap((a) => {
    const b = before.find((k) => k.name === a.name);
    return b ? [{ name: a.name, before: b.target, after: a.target }] : [];
  });

/**
 * Progress for the public page, once the secretariat has accepted a report: nothing before (a report not yet checked
 * is not published), and never who reported or the secretariat's notes. The KPIs are measured against the targets in
 * force — an approved plan change's from its approval on — and say so; the approved plan changes are listed with the
 * period and targets they changed (not the partners' wording, nor the money). The caller has made sure the proposal is
 * disclosed (the disclosure library answers that). Read from the read replica when one is set.
 */
@Injectable()
export class PublicProgress {
  constructor(
    private readonly proposals: ProposalRepository,
    private readonly reports: ProgressReportRepository,
    private readonly milestones: MilestoneRepository,
    private readonly planChanges: PlanChangeRepository,
  ) {}

  async of(proposalId: string): Promise<PublicProjectProgress | null> {
    const proposal = await this.proposals.findById(proposalId, 'replica');
    if (!proposal) return null;
    const accepted = (await this.reports.listFor(proposal.municipalityId, proposalId, 'replica')).filter(
      (r) => r.status === 'accepted',
    );
    const latest = accepted[accepted.length - 1];
    if (!latest) return null;
    const [milestones, changes] = await Promise.all([
      this.milestones.listFor(proposal.municipalityId, proposalId, 'replica'),
      this.planChanges.listFor(proposal.municipalityId, proposalId, undefined, 'replica'),
    ]);
    const targets = targetsInForce((proposal.content as ProposalContent).kpis ?? [], changes);
    const approved = changes
      .filter((c) => c.status === 'approved' && c.applied !== null && c.reviewedAt !== null)
      .sort((a, b) => a.reviewedAt!.localeCompare(b.reviewedAt!));
    return {
      reportedThrough: latest.periodTo,
      kpis: latest.kpiActuals.map((k) => {
        const inForce = targets.get(k.name);
        return {
          ...k,
          target: inForce?.target ?? k.target,
          plannedTarget: inForce?.plannedTarget ?? k.target,
          targetChangedAt: inForce?.changedAt ?? null,
        };
      }),
      milestones: milestones.map((m) => ({ title: m.title, dueOn: m.dueOn, status: m.status })),
      planChanges: approved.map((c) => ({
        approvedAt: c.reviewedAt!,
        kinds: c.kinds,
        termStart: changed(c.applied!.before.termStart, c.applied!.after.termStart),
        termEnd: changed(c.applied!.before.termEnd, c.applied!.after.termEnd),
        kpiTargets: pairs(c.applied!.before.kpiTargets, c.applied!.after.kpiTargets),
      })),
    };
  }
}
