import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditLog } from '@kyodo/audit';
import { type Actor, Clock, hasRole } from '@kyodo/platform';
import { AgreementRepository } from '../agreements/agreement.repository';
import { PartnershipError, PartnershipErrorCode } from '../partnership-errors';
import { PartnershipNotices } from '../partnership-notices';
import { reviewNote } from '../partnership-rules';
import type { AppliedPlanChange, PlanChange } from '../plan-changes/plan-change';
import { PlanChangeRepository } from '../plan-changes/plan-change.repository';
import { planChangeEffect, targetsInForce } from '../plan-changes/plan-terms';
import { type Project, ProjectReader } from '../project-reader';

export interface PlanChangeReview {
  decision: 'approved' | 'returned';
  /** Required to return a request. */
  note?: string;
}

/**
 * The secretariat approves a plan change request, or returns it with a note; a request is reviewed once. Approval
 * applies what the request sets — the agreement's period, role and cost sharing and granted amount, the KPIs' targets —
 * and keeps the values it replaced beside the new ones, in the same transaction.
 */
@Injectable()
export class ReviewPlanChange {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly projects: ProjectReader,
    private readonly agreements: AgreementRepository,
    private readonly changes: PlanChangeRepository,
    private readonly notices: PartnershipNotices,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute(actor: Actor, proposalId: string, changeId: string, review: PlanChangeReview): Promise<void> {
    const project = await this.projects.load(actor, proposalId);
    if (!hasRole(actor, 'secretariat')) throw new PartnershipError(PartnershipErrorCode.ReviewNotAllowed);
    const change = await this.changes.find(project.municipalityId, proposalId, changeId);
    if (!change) throw new PartnershipError(PartnershipErrorCode.PlanChangeNotFound);
    const note = reviewNote(review.decision, review.note);
    const now = this.clock.now();
    await this.db.transaction(async (manager) => {
      const applied = review.decision === 'approved' ? await this.apply(manager, project, change) : null;
      if (!(await this.changes.review(manager, changeId, review.decision, note, actor.userId, now, applied)))
        throw new PartnershipError(PartnershipErrorCode.PlanChangeAlreadyReviewed, { status: change.status });
      await this.notices.enqueue(manager, `plan_change.${review.decision}`, {
        municipalityId: project.municipalityId,
        proposalId,
        recordId: changeId,
      });
      await this.audit.append(manager, {
        municipalityId: project.municipalityId,
        stream: `proposal:${proposalId}`,
        action: `plan_change.${review.decision}`,
        actorId: actor.userId,
        actorRole: 'secretariat',
        requestId: actor.requestId,
        before: { planChangeId: changeId, status: change.status, ...(applied ? { terms: applied.before } : {}) },
        after: { planChangeId: changeId, status: review.decision, note, ...(applied ? { terms: applied.after } : {}) },
        at: now,
      });
    });
  }

  /**
   * Applies the request's terms to the agreement (locked, so two approvals of one project apply one after the other)
   * and answers what changed. The period is checked again against the agreement as it stands now: an earlier approval
   * may have moved the other end. A refusal throws, and the transaction takes everything back.
   */
  private async apply(manager: EntityManager, project: Project, change: PlanChange): Promise<AppliedPlanChange> {
    const agreement = await this.agreements.lockConcluded(manager, project.municipalityId, change.proposalId);
    if (!agreement) throw new PartnershipError(PartnershipErrorCode.NoAgreement);
    const start = change.terms.termStart ?? agreement.termStart;
    const end = change.terms.termEnd ?? agreement.termEnd;
    if (end <= start)
      throw new PartnershipError(PartnershipErrorCode.PlanChangeTermOrder, { termStart: start, termEnd: end });
    const earlier = await this.changes.listFor(project.municipalityId, change.proposalId, manager);
    const effect = planChangeEffect(change.terms, agreement, targetsInForce(project.content.kpis ?? [], earlier));
    await this.agreements.applyPlanTerms(manager, agreement.id, effect.after);
    return effect;
  }
}
