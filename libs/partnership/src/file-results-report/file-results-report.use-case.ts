import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditLog } from '@kyodo/audit';
import { type Actor, Clock } from '@kyodo/platform';
import { AgreementRepository } from '../agreements/agreement.repository';
import { PartnershipError, PartnershipErrorCode } from '../partnership-errors';
import { PartnershipNotices } from '../partnership-notices';
import { PlanChangeRepository } from '../plan-changes/plan-change.repository';
import { targetsInForce } from '../plan-changes/plan-terms';
import { mustHaveEnded } from '../partnership-rules';
import type { KpiActual } from '../progress-reports/progress-report';
import { ProjectReader } from '../project-reader';
import { type AccountLine, settle } from '../results-reports/results-report';
import { ResultsReportRepository } from '../results-reports/results-report.repository';

export interface ResultsReportInput {
  /** 実施内容. */
  summary: string;
  /** KPI name (as the proposal names it) → the actual at term end; every KPI of the proposal. */
  kpiActuals: Record<string, number>;
  /** The actual of each budget line of the proposal, and of any line it did not plan. */
  accounts: Array<{ kind: 'income' | 'expense'; item: string; actual: number }>;
  /** The totals as the group added them up: checked against the lines. */
  incomeTotal: number;
  expenseTotal: number;
  /** Of the grant, the amount spent on the project. */
  usedAmount: number;
}

/**
 * 実績報告・収支決算: once the project has ended, the proposing group reports the KPIs' actuals, what was done and
 * the accounts; the totals and the amount to return are computed here. One report awaits review or stands accepted
 * at a time; after a return the group files again.
 */
@Injectable()
export class FileResultsReport {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly projects: ProjectReader,
    private readonly agreements: AgreementRepository,
    private readonly reports: ResultsReportRepository,
    private readonly planChanges: PlanChangeRepository,
    private readonly notices: PartnershipNotices,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute(actor: Actor, proposalId: string, input: ResultsReportInput): Promise<void> {
    const project = await this.projects.load(actor, proposalId);
    if (!project.owner) throw new PartnershipError(PartnershipErrorCode.ResultsReportNotFiler);
    mustHaveEnded(project);
    const agreement = await this.agreements.findByProposal(project.municipalityId, proposalId);
    if (!agreement) throw new PartnershipError(PartnershipErrorCode.NoAgreement);

    const kpis = project.content.kpis ?? [];
    const unknown = Object.keys(input.kpiActuals).filter((name) => !kpis.some((k) => k.name === name));
    if (unknown.length > 0) throw new PartnershipError(PartnershipErrorCode.UnknownKpi, { unknown });
    const missing = kpis.filter((k) => input.kpiActuals[k.name] === undefined).map((k) => k.name);
    if (missing.length > 0) throw new PartnershipError(PartnershipErrorCode.MissingKpi, { missing });
    // The targets in force: an approved plan change's where one changed them.
    const targets = targetsInForce(kpis, await this.planChanges.listFor(project.municipalityId, proposalId));
    const kpiActuals: KpiActual[] = kpis.map((k) => ({
      name: k.name,
      unit: k.unit,
      target: targets.get(k.name)!.target,
      actual: input.kpiActuals[k.name]!,
    }));

    const accounts = this.accounts(project.content.budget ?? [], input.accounts);
    const totals = settle(accounts, agreement.grantedAmount, input.usedAmount);
    if (totals.incomeTotal !== input.incomeTotal || totals.expenseTotal !== input.expenseTotal)
      throw new PartnershipError(PartnershipErrorCode.TotalMismatch, {
        incomeTotal: totals.incomeTotal,
        expenseTotal: totals.expenseTotal,
      });
    if (input.usedAmount > totals.expenseTotal)
      throw new PartnershipError(PartnershipErrorCode.UsedOverExpense, { expenseTotal: totals.expenseTotal });

    const id = randomUUID();
    await this.db.transaction(async (manager) => {
      const written = await this.reports.insert(manager, {
        id,
        municipalityId: project.municipalityId,
        proposalId,
        reportedBy: actor.userId,
        summary: input.summary,
        kpiActuals,
        accounts,
        grantedAmount: agreement.grantedAmount,
        usedAmount: input.usedAmount,
      });
      if (!written) throw new PartnershipError(PartnershipErrorCode.ResultsReportOpen);
      await this.notices.enqueue(manager, 'results_report.submitted', {
        municipalityId: project.municipalityId,
        proposalId,
        recordId: id,
      });
      await this.audit.append(manager, {
        municipalityId: project.municipalityId,
        stream: `proposal:${proposalId}`,
        action: 'results_report.submitted',
        actorId: actor.userId,
        actorRole: 'proposer',
        requestId: actor.requestId,
        before: null,
        after: { resultsReportId: id, ...totals },
        at: this.clock.now(),
      });
    });
  }

  /** Each planned line with its actual (every one must be given, once), then the unplanned lines (planned 0). */
  private accounts(
    planned: Array<{ kind: 'income' | 'expense'; item: string; amount: number }>,
    given: ResultsReportInput['accounts'],
  ): AccountLine[] {
    const key = (l: { kind: string; item: string }) => `${l.kind}\u0000${l.item.trim()}`;
    const keys = given.map(key);
    const duplicated = keys.filter((k, i) => keys.indexOf(k) !== i);
    const notGiven = planned.filter((p) => !keys.includes(key(p)));
    if (duplicated.length > 0 || notGiven.length > 0)
      throw new PartnershipError(PartnershipErrorCode.UnknownBudgetLine, {
        missing: notGiven.map((p) => ({ kind: p.kind, item: p.item })),
      });
    const plannedKeys = planned.map(key);
    return [
      ...planned.map((p) => ({
        kind: p.kind,
        item: p.item,
        planned: p.amount,
        actual: given.find((g) => key(g) === key(p))!.actual,
      })),
      ...given
        .filter((g) => !plannedKeys.includes(key(g)))
        .map((g) => ({ kind: g.kind, item: g.item.trim(), planned: 0, actual: g.actual })),
    ];
  }
}
