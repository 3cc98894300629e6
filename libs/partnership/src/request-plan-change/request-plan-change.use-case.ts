import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditLog } from '@kyodo/audit';
import { type Actor, Clock } from '@kyodo/platform';
import { AgreementRepository } from '../agreements/agreement.repository';
import { PartnershipError, PartnershipErrorCode } from '../partnership-errors';
import { PartnershipNotices } from '../partnership-notices';
import { mustBeImplementing, mustBePartner } from '../partnership-rules';
import type { PlanChangeKind, PlanTerms } from '../plan-changes/plan-change';
import { PlanChangeRepository } from '../plan-changes/plan-change.repository';
import { termsWithoutKind } from '../plan-changes/plan-terms';
import { ProjectReader } from '../project-reader';

export interface PlanChangeInput {
  kinds: PlanChangeKind[];
  reason: string;
  description: string;
  /** The budget total after the change (yen), when the budget changes. */
  budgetTotal?: number;
  /** The terms the change sets once approved; each of a kind the request names. */
  terms?: PlanTerms;
}

/** 計画変更の申請: during implementation, the group or the partner department asks to change the plan. */
@Injectable()
export class RequestPlanChange {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly projects: ProjectReader,
    private readonly agreements: AgreementRepository,
    private readonly changes: PlanChangeRepository,
    private readonly notices: PartnershipNotices,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute(actor: Actor, proposalId: string, input: PlanChangeInput): Promise<void> {
    const project = await this.projects.load(actor, proposalId);
    mustBePartner(actor, project);
    mustBeImplementing(project);
    const kinds = [...new Set(input.kinds)];
    if (input.budgetTotal !== undefined && !kinds.includes('budget'))
      throw new PartnershipError(PartnershipErrorCode.PlanChangeBudgetKind);
    const terms = await this.checkedTerms(project.municipalityId, proposalId, kinds, input.terms ?? {}, project);
    const id = randomUUID();
    await this.db.transaction(async (manager) => {
      await this.changes.insert(manager, {
        id,
        municipalityId: project.municipalityId,
        proposalId,
        requesterParty: project.party!,
        requestedBy: actor.userId,
        kinds,
        reason: input.reason,
        description: input.description,
        budgetTotal: input.budgetTotal ?? null,
        terms,
      });
      await this.notices.enqueue(manager, 'plan_change.requested', {
        municipalityId: project.municipalityId,
        proposalId,
        recordId: id,
      });
      await this.audit.append(manager, {
        municipalityId: project.municipalityId,
        stream: `proposal:${proposalId}`,
        action: 'plan_change.requested',
        actorId: actor.userId,
        actorRole: 'proposer',
        requestId: actor.requestId,
        before: null,
        after: { planChangeId: id, kinds, budgetTotal: input.budgetTotal ?? null, terms },
        at: this.clock.now(),
      });
    });
  }

  /** The terms as they will be applied: each of a chosen kind, KPIs the proposal's own, the period in order. */
  private async checkedTerms(
    municipalityId: string,
    proposalId: string,
    kinds: PlanChangeKind[],
    given: PlanTerms,
    project: { content: { kpis?: Array<{ name: string }> } },
  ): Promise<PlanTerms> {
    const stray = termsWithoutKind(given, kinds);
    if (stray.length > 0) throw new PartnershipError(PartnershipErrorCode.PlanChangeTermKind, { terms: stray });
    const names = (project.content.kpis ?? []).map((k) => k.name);
    const unknown = (given.kpiTargets ?? []).map((k) => k.name).filter((name) => !names.includes(name));
    if (unknown.length > 0) throw new PartnershipError(PartnershipErrorCode.UnknownKpi, { unknown });
    if (given.termStart !== undefined || given.termEnd !== undefined) {
      const agreement = await this.agreements.findByProposal(municipalityId, proposalId);
      const start = given.termStart ?? agreement?.termStart ?? '';
      const end = given.termEnd ?? agreement?.termEnd ?? '';
      if (end <= start)
        throw new PartnershipError(PartnershipErrorCode.PlanChangeTermOrder, { termStart: start, termEnd: end });
    }
    const trimmed = (text: string | undefined) => (text === undefined ? undefined : text.trim());
    const terms: PlanTerms = {
      termStart: given.termStart,
      termEnd: given.termEnd,
      roleSharing: trimmed(given.roleSharing),
      costSharing: trimmed(given.costSharing),
      grantedAmount: given.grantedAmount,
      kpiTargets: given.kpiTargets?.map((k) => ({ name: k.name, target: k.target })),
    };
    return Object.fromEntries(Object.entries(terms).filter(([, v]) => v !== undefined)) as PlanTerms;
  }
}
