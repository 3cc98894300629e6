import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { OrganizationRepository } from '@kyodo/identity';
import { type Actor, Clock } from '@kyodo/platform';
import { createProposalSnapshot, PROPOSAL_MACHINE_VERSION } from '@kyodo/workflow';
import { LifecycleFacts } from '../lifecycle/lifecycle-facts';
import { ProposalWriter } from '../lifecycle/proposal-writer';
import { isOwner, machineActor } from '../proposal-access';
import type { ProposalContent } from '../proposal-content';
import { proposalTypeOf } from '../proposal-type';
import { ProposalError, ProposalErrorCode } from '../proposal-errors';
import { ProposalReferences } from '../proposal-references';
import { ProposalRows } from '../proposal-rows';
import { toProposalView, type ProposalView } from '../proposal-view';
import type { ProposalEntity } from '../proposals/proposal.entity';
import { ProposalRepository } from '../proposals/proposal.repository';
import { ContinuationCheck } from '../continuation/continuation-check';

export interface NewProposal {
  organizationId: string;
  title: string;
  themeId?: string | null;
  /** 継続提案: the adopted proposal of an earlier call this one continues. */
  predecessorId?: string | null;
  partnerDepartmentIds?: string[];
  /** 協働相手: a department's proposal names the citizen groups it works with. */
  partnerGroupIds?: string[];
  content: ProposalContent;
}

/** A proposer starts a draft in a call, for an organisation they propose for. */
@Injectable()
export class CreateProposal {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly proposals: ProposalRepository,
    private readonly organizations: OrganizationRepository,
    private readonly rows: ProposalRows,
    private readonly references: ProposalReferences,
    private readonly writer: ProposalWriter,
    private readonly facts: LifecycleFacts,
    private readonly clock: Clock,
    private readonly continuation: ContinuationCheck,
  ) {}

  async execute(actor: Actor, callId: string, input: NewProposal): Promise<ProposalView> {
    const call = await this.rows.callInScope(actor, callId);
    const organization = await this.organizations.findById(input.organizationId);
    if (
      !organization ||
      organization.municipalityId !== actor.municipalityId ||
      !isOwner(actor, { organizationId: organization.id })
    ) {
      throw new ProposalError(ProposalErrorCode.NotOrganizationMember);
    }
    const origin = organization.kind === 'department' ? 'department' : 'group';
    const year = await this.continuation.check(call, organization.id, input.predecessorId ?? null);
    await this.references.check(
      call,
      input.themeId ?? null,
      input.partnerDepartmentIds ?? [],
      input.content,
      { origin, ids: input.partnerGroupIds ?? [] },
      year,
    );
    const id = randomUUID();
    const initial = createProposalSnapshot({ proposalId: id, callId, origin });
    const now = this.clock.now();
    const row: ProposalEntity = {
      id,
      municipalityId: call.municipalityId,
      callId,
      organizationId: organization.id,
      origin,
      themeId: input.themeId ?? null,
      proposalType: proposalTypeOf(input.themeId ?? null),
      predecessorId: input.predecessorId ?? null,
      partnerDepartmentIds: input.partnerDepartmentIds ?? [],
      partnerGroupIds: input.partnerGroupIds ?? [],
      title: input.title,
      content: input.content as Record<string, unknown>,
      state: initial.state,
      snapshot: initial.snapshot,
      machineVersion: PROPOSAL_MACHINE_VERSION,
      version: 1,
      receiptNumber: null,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    };
    const by = { id: actor.userId, role: machineActor(actor, row).relation, requestId: actor.requestId };
    await this.dataSource.transaction(async (manager) => {
      await this.continuation.holdSingle(manager, row.predecessorId ?? null, row.id);
      await this.proposals.insert(manager, row);
      await this.writer.audit(manager, row, by, 'proposal.created', null, {
        state: row.state,
        title: row.title,
        // 継続提案: what it continues is part of what was created.
        ...(row.predecessorId ? { predecessorId: row.predecessorId } : {}),
      });
    });
    return toProposalView(row, await this.facts.allowed(actor, row, call));
  }
}
