import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Actor } from '@kyodo/platform';
import { LifecycleStep } from '../lifecycle-step';
import { PartnershipError, PartnershipErrorCode } from '../partnership-errors';
import type { KpiActual } from '../progress-reports/progress-report';
import { ProgressReportRepository } from '../progress-reports/progress-report.repository';
import { PlanChangeRepository } from '../plan-changes/plan-change.repository';
import { targetsInForce } from '../plan-changes/plan-terms';
import { ProjectReader } from '../project-reader';

export interface ProgressInput {
  periodFrom: string;
  periodTo: string;
  summary: string;
  /** KPI name (as the proposal names it) → the actual value to date. */
  kpiActuals: Record<string, number>;
}

/** 中間報告 (REPORT_PROGRESS) by the group or the partner department: the report's row, then the event. */
@Injectable()
export class ReportProgress {
  constructor(
    private readonly projects: ProjectReader,
    private readonly reports: ProgressReportRepository,
    private readonly planChanges: PlanChangeRepository,
    private readonly step: LifecycleStep,
  ) {}

  async execute(actor: Actor, proposalId: string, expectedVersion: number, input: ProgressInput): Promise<void> {
    const project = await this.projects.load(actor, proposalId);
    this.step.check(project, expectedVersion, 'REPORT_PROGRESS');
    if (input.periodTo < input.periodFrom)
      throw new PartnershipError(PartnershipErrorCode.PeriodOrder, {
        periodFrom: input.periodFrom,
        periodTo: input.periodTo,
      });
    const kpis = project.content.kpis ?? [];
    const unknown = Object.keys(input.kpiActuals).filter((name) => !kpis.some((k) => k.name === name));
    if (unknown.length > 0) throw new PartnershipError(PartnershipErrorCode.UnknownKpi, { unknown });
    // The plan in force (an approved plan change's targets where one changed them) is copied beside each actual: the
    // report stays readable as filed whatever the plan becomes.
    const targets = targetsInForce(kpis, await this.planChanges.listFor(project.municipalityId, proposalId));
    const kpiActuals: KpiActual[] = kpis
      .filter((k) => input.kpiActuals[k.name] !== undefined)
      .map((k) => ({
        name: k.name,
        unit: k.unit,
        target: targets.get(k.name)!.target,
        actual: input.kpiActuals[k.name]!,
      }));
    const id = randomUUID();
    await this.reports.insert({
      id,
      municipalityId: project.municipalityId,
      proposalId,
      // The step's check let only a partner through (the machine's guard): an owner or a partner department.
      reporterParty: project.party ?? 'group',
      reportedBy: actor.userId,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      summary: input.summary,
      kpiActuals,
    });
    await this.step.sendAfterWrite(
      actor,
      project,
      expectedVersion,
      { type: 'REPORT_PROGRESS', summary: input.summary },
      () => this.reports.discard(id),
    );
  }
}
