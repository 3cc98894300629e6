import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock, type LocalizedText, VersionConflictError } from '@kyodo/platform';
import {
  allowedProposalEvents,
  applyProposalEvent,
  type Actor as MachineActor,
  type Effect,
  type ProposalEvent,
  type ProposalFacts,
} from '@kyodo/workflow';
import type { CallEntity } from '../calls/call.entity';
import { writeProposalEffects } from '../proposal-effects';
import { ProposalError, ProposalErrorCode } from '../proposal-errors';
import type { ProposalEventInput } from '../proposal-event-input';
import type { ProposalEntity } from '../proposals/proposal.entity';
import { ProposalRepository } from '../proposals/proposal.repository';
import { REVIEW_FACTS_PORT, type ReviewFactsPort } from '../review-facts.port';
import { type FinalizeAttempt, finalizeUnmet, type UnmetCondition, unmetDetail } from './finalize-unmet';
import { LifecycleFacts } from './lifecycle-facts';
import { type AuditActor, ProposalWriter } from './proposal-writer';

/** Why the machine refused, when the verb knows better than "not allowed now". */
export type RefusalReason = (
  row: ProposalEntity,
) => { code: ProposalErrorCode; details: Record<string, unknown> } | null;

export interface TransitionRequest {
  row: ProposalEntity;
  call: CallEntity;
  expectedVersion: number;
  event: ProposalEventInput;
  actor: MachineActor;
  by: AuditActor;
  refusal?: RefusalReason;
}

/**
 * The proposal as saved, and the facts the machine was told. A transition changes the proposal's state, not the
 * facts (the call's dates, the content, the review's sheets and sessions), so the events allowed next are worked out
 * from these without reading them again.
 */
export interface Transitioned {
  saved: ProposalEntity;
  facts: ProposalFacts;
}

/**
 * One event through the pure machine, then its consequences in one transaction, guarded by the version the client
 * last saw: the new snapshot, the audit entry, and the effects the machine declared (the receipt number, a frozen
 * version, outbox rows for notices and publications).
 */
@Injectable()
export class ProposalTransition {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly proposals: ProposalRepository,
    private readonly facts: LifecycleFacts,
    private readonly writer: ProposalWriter,
    private readonly clock: Clock,
    @Inject(REVIEW_FACTS_PORT) private readonly reviewFacts: ReviewFactsPort,
  ) {}

  async apply(request: TransitionRequest): Promise<Transitioned> {
    const { row, call, expectedVersion, event: input, actor, by } = request;
    // A client that acted on an old version hears so first (409), whatever the proposal has become since.
    if (row.version !== expectedVersion) throw new VersionConflictError(row.version);
    const facts = await this.facts.of(row, call, actor.userId);
    const event: ProposalEvent = { ...input, actor, at: this.clock.now().toISOString(), facts };
    const result = applyProposalEvent(row.snapshot, event);
    if (!result.changed) {
      const reason = request.refusal?.(row) ?? null;
      throw new ProposalError(reason?.code ?? ProposalErrorCode.EventNotAllowed, {
        state: row.state,
        event: input.type,
        allowedEvents: allowedProposalEvents(row.snapshot, actor, facts),
        ...(input.type === 'FINALIZE' && !reason ? await this.finalizeRefusal(row, actor, input) : {}),
        ...reason?.details,
      });
    }
    const saved = await this.dataSource.transaction(async (manager) => {
      const declared = (type: Effect['type']) => result.effects.filter((effect) => effect.type === type);
      const saved = await this.writer.compareAndSet(manager, row, expectedVersion, {
        ...row,
        state: result.state,
        snapshot: result.snapshot,
      });
      for (const _freeze of declared('freezeVersion'))
        await this.freezeVersion(manager, by.id ?? row.createdBy, saved, input.type);
      const { type: _type, ...payload } = input;
      await this.writer.audit(
        manager,
        row,
        by,
        `proposal.${input.type}`,
        { state: row.state },
        { state: saved.state, ...payload },
      );
      await writeProposalEffects(manager, saved, result.effects, call, this.clock.now());
      await this.reviewFacts.afterEvent?.(manager, row.id, input.type);
      // A receipt number is given once: the first submission's stays through every return and resubmission. Taken
      // last: it locks the call's counter until the commit, and every submission to the call waits on that row
      // (taken first, it made submissions to one call 4× slower than the same writes in raw pg; docs/benchmarks.md).
      if (!saved.receiptNumber && declared('assignReceiptNumber').length > 0)
        saved.receiptNumber = await this.proposals.assignReceiptNumber(manager, saved.id, call.id, call.fiscalYear);
      return saved;
    });
    return { saved, facts };
  }

  /** A refused decision names every unmet condition (`unmet`) and says them in words (`detail`). */
  private async finalizeRefusal(
    row: ProposalEntity,
    actor: TransitionRequest['actor'],
    input: TransitionRequest['event'],
  ): Promise<{ unmet: UnmetCondition[]; detail: LocalizedText } | Record<string, never>> {
    const review = await this.reviewFacts.forProposal(row.id, actor.userId);
    const unmet = finalizeUnmet({
      state: row.state,
      roles: actor.roles,
      sessions: review.sessions ?? [],
      payload: input as FinalizeAttempt['payload'],
    });
    return unmet.length > 0 ? { unmet, detail: unmetDetail(unmet) } : {};
  }

  private async freezeVersion(
    manager: EntityManager,
    submittedBy: string,
    row: ProposalEntity,
    event: string,
  ): Promise<void> {
    await this.proposals.appendVersion(manager, {
      municipalityId: row.municipalityId,
      proposalId: row.id,
      title: row.title,
      content: row.content,
      predecessorId: row.predecessorId ?? null,
      partnerGroupIds: row.partnerGroupIds ?? [],
      event,
      submittedBy,
      submittedAt: this.clock.now(),
    });
  }
}
