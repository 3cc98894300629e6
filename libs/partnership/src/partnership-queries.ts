import { Injectable } from '@nestjs/common';
import { UserRepository } from '@kyodo/identity';
import { type Actor, Clock } from '@kyodo/platform';
import { ProposalRepository, type ProposalContent } from '@kyodo/proposals';
import type { ProposalContext } from '@kyodo/workflow';
import type { Agreement, AgreementTerms } from './agreements/agreement';
import { agreementDefaults } from './agreements/agreement-defaults';
import { withoutContacts } from './agreements/agreement-parties';
import { AgreementRepository } from './agreements/agreement.repository';
import type { Milestone } from './milestones/milestone';
import { MilestoneRepository } from './milestones/milestone.repository';
import type { Party, ProgressReport } from './progress-reports/progress-report';
import { ProgressReportRepository } from './progress-reports/progress-report.repository';
import type { PlanChange } from './plan-changes/plan-change';
import { PlanChangeRepository } from './plan-changes/plan-change.repository';
import { targetsInForce } from './plan-changes/plan-terms';
import { ProjectReader } from './project-reader';
import type { ResultsReport } from './results-reports/results-report';
import { ResultsReportRepository } from './results-reports/results-report.repository';

/**
 * A planned KPI of the proposal beside its actual: the accepted results report's at term end, else the latest
 * accepted progress report's to date; null before either.
 */
export interface KpiProgress {
  kind: 'outcome' | 'activity';
  name: string;
  unit: string;
  baseline: number | null;
  /** The target in force: an approved plan change's where one changed it, else the proposal's. */
  target: number;
  /** The proposal's own target. */
  plannedTarget: number;
  /** When the approved plan change that set the target in force was approved; null while the proposal's stands. */
  targetChangedAt: string | null;
  actual: number | null;
  /** Where the actual comes from. */
  actualFrom: 'results_report' | 'progress_report' | null;
}

/** A budget line of the proposal (収支予算), as the results report's accounts start from it. */
export interface BudgetPlanLine {
  kind: 'income' | 'expense';
  item: string;
  amount: number;
}

/** Everything after adoption, for the secretariat's and the partners' pages. */
/** A partner's 自己評価 as the committee reads it beside the other's. */
export interface SelfEvaluationText {
  summary: string;
  at: string;
}

export interface Partnership {
  proposal: { id: string; callId: string; title: string; state: string; version: number; allowedEvents: string[] };
  /** The caller's side when they are a partner; null for the secretariat and others. */
  party: Party | null;
  /**
   * Whether the caller is of the proposing organisation — the group, or the department that proposed the project:
   * the one that files the results report.
   */
  owner: boolean;
  /** The stored agreement (concludedAt set once the event went through), or null before one is written. */
  agreement: Agreement | null;
  /** What the agreement form starts from: the stored terms, or those carried over from the proposal. */
  agreementDraft: AgreementTerms;
  conditions: ProposalContext['conditions'];
  kpis: KpiProgress[];
  progressReports: ProgressReport[];
  milestones: Milestone[];
  /** Each with the name of the secretariat member who approved or returned it (the agreement page's history). */
  planChanges: Array<PlanChange & { reviewedByName: string | null }>;
  resultsReports: ResultsReport[];
  budgetPlan: BudgetPlanLine[];
  selfEvaluations: { group: SelfEvaluationText | null; department: SelfEvaluationText | null };
  assessment: { verdict: 'A' | 'B' | 'C'; comment: string; at: string } | null;
}

/**
 * What the partnership memory (協働の記録) reads of one project after adoption: the agreement's terms that matter
 * later (period, form, granted amount), how its progress reports went and its results report's state, and its KPIs
 * planned against actual. No contact details, no names of who reported or reviewed.
 */
export interface PartnershipRecord {
  agreement: {
    concludedAt: string | null;
    termStart: string;
    termEnd: string;
    partnershipForm: string;
    grantedAmount: number;
  } | null;
  progressReports: { filed: number; accepted: number; returned: number };
  /** The latest results report (実績報告): its state and settlement; null before one is filed. */
  resultsReport: { status: string; summary: string; usedAmount: number; returnAmount: number } | null;
  kpis: KpiProgress[];
}

const textOf = (evaluation: { summary: string; at: string } | null): SelfEvaluationText | null =>
  evaluation ? { summary: evaluation.summary, at: evaluation.at } : null;

// The municipality's day, for the 作成日 the form proposes.
const TOKYO_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' });

@Injectable()
export class PartnershipQueries {
  constructor(
    private readonly projects: ProjectReader,
    private readonly agreements: AgreementRepository,
    private readonly reports: ProgressReportRepository,
    private readonly milestones: MilestoneRepository,
    private readonly planChanges: PlanChangeRepository,
    private readonly results: ResultsReportRepository,
    private readonly clock: Clock,
    private readonly proposals: ProposalRepository,
    private readonly users: UserRepository,
  ) {}

  /**
   * KPI planned against actual for one proposal — the one answer the partners' page and the disclosure package
   * share. Today the actual is the latest accepted progress report's (null before one); a source that should win
   * later (a results report) changes it here only. No access check: for callers that hold the proposal already (the
   * disclosure builder, or overview after its own check). Empty for an unknown proposal.
   */
  async kpisAgainstActual(proposalId: string): Promise<KpiProgress[]> {
    const row = await this.proposals.findById(proposalId);
    if (!row) return [];
    const [progress, results, changes] = await Promise.all([
      this.reports.listFor(row.municipalityId, proposalId),
      this.results.listFor(row.municipalityId, proposalId),
      this.planChanges.listFor(row.municipalityId, proposalId),
    ]);
    // The accepted results report (実績報告) is the project's final word; before it, the latest accepted
    // progress report (中間報告) says where the project stands.
    const accepted = progress.filter((r) => r.status === 'accepted');
    const latest = accepted[accepted.length - 1];
    const final = results.find((r) => r.status === 'accepted');
    const kpis = (row.content as ProposalContent).kpis ?? [];
    const targets = targetsInForce(kpis, changes);
    return kpis.map((k) => {
      const atEnd = final?.kpiActuals.find((a) => a.name === k.name)?.actual;
      const toDate = latest?.kpiActuals.find((a) => a.name === k.name)?.actual;
      return {
        kind: k.kind,
        name: k.name,
        unit: k.unit,
        baseline: k.baseline ?? null,
        target: targets.get(k.name)!.target,
        plannedTarget: k.target,
        targetChangedAt: targets.get(k.name)!.changedAt,
        actual: atEnd ?? toDate ?? null,
        actualFrom: atEnd !== undefined ? 'results_report' : toDate !== undefined ? 'progress_report' : null,
      };
    });
  }

  /**
   * One project's record for the partnership memory. No access check: the memory library checks the reader against
   * the proposal it is shown on, and asks only for proposals of its own municipality.
   */
  async recordOf(municipalityId: string, proposalId: string): Promise<PartnershipRecord> {
    const [agreement, progress, results, kpis] = await Promise.all([
      this.agreements.findByProposal(municipalityId, proposalId),
      this.reports.listFor(municipalityId, proposalId),
      this.results.listFor(municipalityId, proposalId),
      this.kpisAgainstActual(proposalId),
    ]);
    const latest = results[results.length - 1];
    return {
      agreement: agreement
        ? {
            concludedAt: agreement.concludedAt,
            termStart: agreement.termStart,
            termEnd: agreement.termEnd,
            partnershipForm: agreement.partnershipForm,
            grantedAmount: agreement.grantedAmount,
          }
        : null,
      progressReports: {
        filed: progress.length,
        accepted: progress.filter((r) => r.status === 'accepted').length,
        returned: progress.filter((r) => r.status === 'returned').length,
      },
      resultsReport: latest
        ? {
            status: latest.status,
            summary: latest.summary,
            usedAmount: latest.usedAmount,
            returnAmount: latest.returnAmount,
          }
        : null,
      kpis,
    };
  }

  async overview(actor: Actor, proposalId: string): Promise<Partnership> {
    const project = await this.projects.load(actor, proposalId);
    const { view, municipalityId } = project;
    const [agreement, progressReports, milestones, planChanges, resultsReports] = await Promise.all([
      this.agreements.findByProposal(municipalityId, proposalId),
      this.reports.listFor(municipalityId, proposalId),
      this.milestones.listFor(municipalityId, proposalId),
      this.planChanges.listFor(municipalityId, proposalId),
      this.results.listFor(municipalityId, proposalId),
    ]);
    const reviewers = await this.users.displayNamesOf([
      ...new Set(planChanges.flatMap((c) => (c.reviewedBy ? [c.reviewedBy] : []))),
    ]);
    const agreementDraft =
      agreement ??
      agreementDefaults({
        content: project.content,
        ...(await this.projects.parties(view)),
        fiscalYear: await this.projects.fiscalYear(view),
        today: TOKYO_DAY.format(this.clock.now()),
      });
    const { id: _id, proposalId: _p, concludedAt: _c, concludedBy: _b, ...draft } = agreementDraft as Agreement;
    // Reviewers and the committee may read the partnership; the parties' contact details are for those arranging it.
    const private_ = (terms: AgreementTerms): AgreementTerms =>
      project.readsContacts ? terms : { ...terms, parties: withoutContacts(terms.parties) };
    return {
      proposal: {
        id: view.id,
        callId: view.callId,
        title: view.title,
        state: view.state,
        version: view.version,
        allowedEvents: view.allowedEvents,
      },
      party: project.party,
      owner: project.owner,
      agreement: agreement ? (private_(agreement) as Agreement) : null,
      agreementDraft: private_(draft),
      conditions: project.conditions,
      kpis: await this.kpisAgainstActual(proposalId),
      progressReports,
      milestones,
      planChanges: planChanges.map((c) => ({
        ...c,
        reviewedByName: c.reviewedBy ? (reviewers.get(c.reviewedBy) ?? null) : null,
      })),
      resultsReports,
      budgetPlan: (project.content.budget ?? []).map((b) => ({ kind: b.kind, item: b.item, amount: b.amount })),
      selfEvaluations: {
        group: textOf(project.selfEvaluations.group),
        department: textOf(project.selfEvaluations.department),
      },
      assessment: project.assessment
        ? { verdict: project.assessment.verdict, comment: project.assessment.comment, at: project.assessment.at }
        : null,
    };
  }
}
