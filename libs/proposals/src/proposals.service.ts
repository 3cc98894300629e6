import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { appendAudit } from '@kyodo/audit';
import { ActivityFieldRepository, OrganizationRepository } from '@kyodo/identity';
import { type Actor, Clock, VersionConflictError } from '@kyodo/platform';
import {
  allowedProposalEvents,
  applyProposalEvent,
  createProposalSnapshot,
  PROPOSAL_MACHINE_VERSION,
  type ProposalEvent,
  type ProposalFacts,
  type Actor as MachineActor,
} from '@kyodo/workflow';
import type { CallEntity } from './calls/call.entity';
import { CallRepository } from './calls/call.repository';
import { isOwner, machineActor } from './proposal-access';
import { missingForSubmission, type ProposalContent } from './proposal-content';
import { writeProposalEffects } from './proposal-effects';
import { ProposalError, ProposalErrorCode } from './proposal-errors';
import { ProposalRows } from './proposal-rows';
import type { ProposalEntity } from './proposals/proposal.entity';
import { ProposalRepository } from './proposals/proposal.repository';
import { REVIEW_FACTS_PORT, type ReviewFactsPort } from './review-facts.port';
import { toProposalView, type ProposalView } from './proposal-view';

export interface NewProposal {
  organizationId: string;
  title: string;
  themeId?: string | null;
  partnerDepartmentIds?: string[];
  content: ProposalContent;
}

export interface ProposalEventInput {
  type: string;
  [key: string]: unknown;
}

/** The system itself, for timer events: no user, relation 'system'. */
const SYSTEM_ACTOR: MachineActor = {
  userId: '00000000-0000-0000-0000-000000000000',
  roles: ['system'],
  relation: 'system',
};

const EDITABLE_STATES = ['draft', 'submitted.revisionRequested'];
const FREEZING_EVENTS = ['SUBMIT', 'RESUBMIT'];

/**
 * Proposals and their lifecycle. Every state change goes through the pure
 * machine; the new snapshot, the audit entry, the frozen version and the
 * outbox rows for the machine's declared effects commit in one
 * transaction, guarded by the version the client last saw.
 */
@Injectable()
export class ProposalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly proposals: ProposalRepository,
    private readonly calls: CallRepository,
    private readonly organizations: OrganizationRepository,
    private readonly activityFields: ActivityFieldRepository,
    private readonly rows: ProposalRows,
    private readonly clock: Clock,
    @Inject(REVIEW_FACTS_PORT) private readonly reviewFacts: ReviewFactsPort,
  ) {}

  async create(actor: Actor, callId: string, input: NewProposal): Promise<ProposalView> {
    const call = await this.rows.callInScope(actor, callId);
    const organization = await this.organizations.findById(input.organizationId);
    if (
      !organization ||
      organization.municipalityId !== actor.municipalityId ||
      !isOwner(actor, { organizationId: organization.id })
    ) {
      throw new ProposalError(ProposalErrorCode.NotOrganizationMember);
    }
    await this.checkReferences(call, input.themeId ?? null, input.partnerDepartmentIds ?? [], input.content);
    const id = randomUUID();
    const origin = organization.kind === 'department' ? 'department' : 'group';
    const initial = createProposalSnapshot({ proposalId: id, callId, origin });
    const now = this.clock.now();
    const row: ProposalEntity = {
      id,
      municipalityId: call.municipalityId,
      callId,
      organizationId: organization.id,
      origin,
      themeId: input.themeId ?? null,
      partnerDepartmentIds: input.partnerDepartmentIds ?? [],
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
    await this.dataSource.transaction(async (manager) => {
      await this.proposals.insert(manager, row);
      await this.audit(manager, actor, row, 'proposal.created', null, { state: row.state, title: row.title });
    });
    return toProposalView(row, await this.allowed(actor, row, call));
  }

  async get(actor: Actor, id: string): Promise<ProposalView> {
    const row = await this.rows.visible(actor, id);
    return toProposalView(row, await this.allowed(actor, row, await this.rows.call(row.callId)));
  }

  async updateDraft(
    actor: Actor,
    id: string,
    expectedVersion: number,
    patch: { title?: string; themeId?: string | null; partnerDepartmentIds?: string[]; content?: ProposalContent },
  ): Promise<ProposalView> {
    const row = await this.rows.visible(actor, id);
    if (!isOwner(actor, row)) throw new ProposalError(ProposalErrorCode.NotAllowed);
    if (!EDITABLE_STATES.includes(row.state))
      throw new ProposalError(ProposalErrorCode.NotEditable, { state: row.state });
    const call = await this.rows.call(row.callId);
    const next: ProposalEntity = {
      ...row,
      title: patch.title ?? row.title,
      themeId: patch.themeId !== undefined ? patch.themeId : row.themeId,
      partnerDepartmentIds: patch.partnerDepartmentIds ?? row.partnerDepartmentIds,
      content: patch.content ? { ...row.content, ...definedOnly(patch.content) } : row.content,
    };
    await this.checkReferences(call, next.themeId, next.partnerDepartmentIds, next.content as ProposalContent);
    const updated = await this.dataSource.transaction(async (manager) => {
      const saved = await this.compareAndSet(manager, row, expectedVersion, next);
      const fields = [
        ...Object.keys(definedOnly(patch)).filter((k) => k !== 'content'),
        ...Object.keys(definedOnly(patch.content ?? {})),
      ];
      await this.audit(manager, actor, saved, 'proposal.edited', null, { fields });
      return saved;
    });
    return toProposalView(updated, await this.allowed(actor, updated, call));
  }

  async sendEvent(actor: Actor, id: string, expectedVersion: number, input: ProposalEventInput): Promise<ProposalView> {
    const row = await this.rows.visible(actor, id);
    const call = await this.rows.call(row.callId);
    const saved = await this.dispatch(row, call, expectedVersion, input, machineActor(actor, row), {
      id: actor.userId,
      role: machineActor(actor, row).relation,
      requestId: actor.requestId,
    });
    return toProposalView(saved, await this.allowed(actor, saved, call));
  }

  /**
   * An event from the system itself (timers). Sent at the current version;
   * returns false when the machine does not take it now (e.g. the draft was
   * submitted meanwhile), which is the normal fate of a stale timer.
   */
  async sendSystemEvent(id: string, input: ProposalEventInput, requestId: string): Promise<boolean> {
    const row = await this.proposals.findById(id);
    if (!row) return false;
    const call = await this.rows.call(row.callId);
    try {
      await this.dispatch(row, call, row.version, input, SYSTEM_ACTOR, { id: null, role: 'system', requestId });
      return true;
    } catch (error) {
      if (error instanceof ProposalError || error instanceof VersionConflictError) return false;
      throw error;
    }
  }

  private async dispatch(
    row: ProposalEntity,
    call: CallEntity,
    expectedVersion: number,
    input: ProposalEventInput,
    actor: MachineActor,
    auditActor: { id: string | null; role: string; requestId: string },
  ): Promise<ProposalEntity> {
    // A client that acted on an old version hears so first (409), whatever the proposal has become since.
    if (row.version !== expectedVersion) throw new VersionConflictError(row.version);
    const facts = await this.facts(row, call, actor.userId);
    const event = { ...input, type: input.type, actor, at: this.clock.now().toISOString(), facts } as ProposalEvent;
    const result = applyProposalEvent(row.snapshot, event);
    if (!result.changed) {
      const missing = FREEZING_EVENTS.includes(input.type)
        ? missingForSubmission(row.title, row.content as ProposalContent)
        : [];
      throw new ProposalError(
        missing.length > 0 ? ProposalErrorCode.ContentIncomplete : ProposalErrorCode.EventNotAllowed,
        {
          state: row.state,
          event: input.type,
          allowedEvents: allowedProposalEvents(row.snapshot, actor, facts),
          ...(missing.length > 0 ? { missingFields: missing } : {}),
        },
      );
    }
    return this.dataSource.transaction(async (manager) => {
      let receiptNumber = row.receiptNumber;
      if (!receiptNumber && input.type === 'SUBMIT') receiptNumber = await this.nextReceiptNumber(manager, call);
      const saved = await this.compareAndSet(manager, row, expectedVersion, {
        ...row,
        state: result.state,
        snapshot: result.snapshot,
        receiptNumber,
      });
      if (FREEZING_EVENTS.includes(input.type))
        await this.freezeVersion(manager, auditActor.id ?? row.createdBy, saved, input.type);
      const { type: _type, ...payload } = input;
      await appendAudit(manager, {
        municipalityId: row.municipalityId,
        stream: `proposal:${row.id}`,
        action: `proposal.${input.type}`,
        actorId: auditActor.id,
        actorRole: auditActor.role,
        requestId: auditActor.requestId,
        before: { state: row.state },
        after: { state: saved.state, ...payload },
        at: this.clock.now(),
      });
      await writeProposalEffects(manager, saved, result.effects, call, this.clock.now());
      await this.reviewFacts.afterEvent?.(manager, row.id, input.type);
      return saved;
    });
  }

  /** Never TypeORM save(): a stale save would silently win. The version is the lock. */
  private async compareAndSet(
    manager: EntityManager,
    row: ProposalEntity,
    expectedVersion: number,
    next: ProposalEntity,
  ): Promise<ProposalEntity> {
    const saved = { ...next, id: row.id, version: expectedVersion + 1, updatedAt: this.clock.now() };
    if (!(await this.proposals.updateIfVersion(manager, expectedVersion, saved))) {
      throw new VersionConflictError((await this.proposals.currentVersion(manager, row.id)) ?? row.version);
    }
    return saved;
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
      event,
      submittedBy,
      submittedAt: this.clock.now(),
    });
  }

  private async nextReceiptNumber(manager: EntityManager, call: CallEntity): Promise<string> {
    const receiptSeq = await this.calls.nextReceiptSeq(manager, call.id);
    return `${call.fiscalYear}-${String(receiptSeq).padStart(4, '0')}`;
  }

  private async facts(row: ProposalEntity, call: CallEntity, actorId: string | null): Promise<ProposalFacts> {
    const now = this.clock.now();
    const review = await this.reviewFacts.forProposal(row.id, actorId);
    return {
      beforeSubmissionDeadline: now >= call.submissionOpensAt && now < call.submissionClosesAt,
      contentComplete: missingForSubmission(row.title, row.content as ProposalContent).length === 0,
      allScoreSheetsSubmitted: review.allScoreSheetsSubmitted,
      quorumMet: review.quorumMet,
      consultationRequired: call.consultationRequired,
      provisionalAdoption: call.provisionalAdoption,
      preConsultationEnabled: call.preConsultation,
    };
  }

  private async allowed(actor: Actor, row: ProposalEntity, call: CallEntity): Promise<string[]> {
    return allowedProposalEvents(row.snapshot, machineActor(actor, row), await this.facts(row, call, actor.userId));
  }

  /** Theme of this call, departments of this municipality, activity fields in the call's scope. */
  private async checkReferences(
    call: CallEntity,
    themeId: string | null,
    partnerDepartmentIds: string[],
    content: ProposalContent,
  ): Promise<void> {
    const problems: string[] = [];
    if (themeId) {
      const theme = await this.calls.themeById(themeId);
      if (!theme || theme.callId !== call.id) problems.push('themeId');
    }
    if (partnerDepartmentIds.length > 0) {
      const count = await this.organizations.countDepartments(partnerDepartmentIds, call.municipalityId);
      if (count !== new Set(partnerDepartmentIds).size) problems.push('partnerDepartmentIds');
    }
    const fields = content.activityFields ?? [];
    if (fields.length > 0) {
      const known = (await this.activityFields.listFor(call.municipalityId)).map((field) => field.key);
      const inScope = (key: string) =>
        known.includes(key) && (call.activityFields.length === 0 || call.activityFields.includes(key));
      if (!fields.every(inScope)) problems.push('content.activityFields');
    }
    if (problems.length > 0) throw new ProposalError(ProposalErrorCode.InvalidReference, { fields: problems });
    const requested = content.requestedAmount;
    if (call.maxRequestedAmount !== null && typeof requested === 'number' && requested > call.maxRequestedAmount) {
      throw new ProposalError(ProposalErrorCode.AmountOverMaximum, { maximum: call.maxRequestedAmount, requested });
    }
  }

  private audit(
    manager: EntityManager,
    actor: Actor,
    row: ProposalEntity,
    action: string,
    before: unknown,
    after: unknown,
  ) {
    return appendAudit(manager, {
      municipalityId: row.municipalityId,
      stream: `proposal:${row.id}`,
      action,
      actorId: actor.userId,
      actorRole: machineActor(actor, row).relation,
      requestId: actor.requestId,
      before,
      after,
      at: this.clock.now(),
    });
  }
}

/** Drops keys whose value is undefined: a partial edit must not erase the fields it leaves out. */
function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
