import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '@kyodo/platform';
import { ProposalRecordsReader } from '../proposal-records.reader';
import { LifecycleFacts } from '../lifecycle/lifecycle-facts';
import { ProposalWriter } from '../lifecycle/proposal-writer';
import { isOwner, machineActor } from '../proposal-access';
import type { ProposalContent } from '../proposal-content';
import { ProposalError, ProposalErrorCode } from '../proposal-errors';
import { ProposalReferences } from '../proposal-references';
import { ProposalRows } from '../proposal-rows';
import { toProposalView, type ProposalView } from '../proposal-view';
import type { ProposalEntity } from '../proposals/proposal.entity';
import { ContinuationCheck } from '../continuation/continuation-check';

export interface DraftChanges {
  title?: string;
  themeId?: string | null;
  predecessorId?: string | null;
  partnerDepartmentIds?: string[];
  partnerGroupIds?: string[];
  content?: ProposalContent;
}

/** Where the proposer may still edit: a draft, or a proposal the secretariat returned for correction. */
const EDITABLE_STATES = ['draft', 'submitted.revisionRequested'];

/** The proposer edits a draft, at the version they last read; fields left out stay as they are. */
@Injectable()
export class UpdateDraft {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rows: ProposalRows,
    private readonly references: ProposalReferences,
    private readonly writer: ProposalWriter,
    private readonly facts: LifecycleFacts,
    private readonly records: ProposalRecordsReader,
    private readonly continuation: ContinuationCheck,
  ) {}

  async execute(actor: Actor, id: string, expectedVersion: number, patch: DraftChanges): Promise<ProposalView> {
    const row = await this.rows.visible(actor, id);
    if (!isOwner(actor, row)) throw new ProposalError(ProposalErrorCode.NotAllowed);
    if (!EDITABLE_STATES.includes(row.state))
      throw new ProposalError(ProposalErrorCode.NotEditable, { state: row.state });
    const call = await this.rows.call(row.callId);
    const next: ProposalEntity = {
      ...row,
      title: patch.title ?? row.title,
      themeId: patch.themeId !== undefined ? patch.themeId : row.themeId,
      predecessorId: patch.predecessorId !== undefined ? patch.predecessorId : row.predecessorId,
      partnerDepartmentIds: patch.partnerDepartmentIds ?? row.partnerDepartmentIds,
      partnerGroupIds: patch.partnerGroupIds ?? row.partnerGroupIds ?? [],
      content: patch.content ? { ...row.content, ...definedOnly(patch.content) } : row.content,
    };
    // Only a predecessor this edit names is checked: an unrelated edit is not refused by a call changed since.
    const year =
      patch.predecessorId !== undefined
        ? await this.continuation.check(call, row.organizationId, next.predecessorId, row.id)
        : await this.continuation.yearOf(next.predecessorId);
    await this.references.check(
      call,
      next.themeId,
      next.partnerDepartmentIds,
      next.content as ProposalContent,
      { origin: row.origin, ids: next.partnerGroupIds },
      year,
    );
    const updated = await this.dataSource.transaction(async (manager) => {
      if (patch.predecessorId !== undefined) await this.continuation.holdSingle(manager, next.predecessorId, row.id);
      const saved = await this.writer.compareAndSet(manager, row, expectedVersion, next);
      const fields = [
        ...Object.keys(definedOnly(patch)).filter((k) => k !== 'content'),
        ...Object.keys(definedOnly(patch.content ?? {})),
      ];
      // The relation as edited: a department named partner by this very edit is one now.
      const by = { id: actor.userId, role: machineActor(actor, saved).relation, requestId: actor.requestId };
      await this.writer.audit(manager, saved, by, 'proposal.edited', null, { fields });
      return saved;
    });
    return toProposalView(
      updated,
      await this.facts.allowed(actor, updated, call),
      await this.records.of(actor, updated),
    );
  }
}

/** Drops keys whose value is undefined: a partial edit must not erase the fields it leaves out. */
function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
