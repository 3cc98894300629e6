import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { appendAudit } from '@kyodo/audit';
import { type CallEntity, ProposalEntity, ProposalVersionEntity, ThemeEntity } from '@kyodo/persistence';
import { ActivityFieldEntity, OrganizationEntity } from '@kyodo/identity';
import { type Actor, type Clock, VersionConflictError } from '@kyodo/platform';
import {
  allowedProposalEvents,
  applyProposalEvent,
  createProposalSnapshot,
  PROPOSAL_MACHINE_VERSION,
  type ProposalEvent,
  type ProposalFacts,
  type Actor as MachineActor,
} from '@kyodo/workflow';
import { isOwner, machineActor } from './proposal-access';
import { missingForSubmission, type ProposalContent } from './proposal-content';
import { writeProposalEffects } from './proposal-effects';
import { ProposalError, ProposalErrorCode } from './proposal-errors';
import { ProposalRows } from './proposal-rows';
import { NoReviewEngineYet, type ReviewFactsPort } from './review-facts.port';
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
export class ProposalsService {
  private readonly rows: ProposalRows;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly reviewFacts: ReviewFactsPort = new NoReviewEngineYet(),
  ) {
    this.rows = new ProposalRows(dataSource);
  }

  async create(actor: Actor, callId: string, input: NewProposal): Promise<ProposalView> {
    const call = await this.rows.callInScope(actor, callId);
    const organization = await this.dataSource
      .getRepository(OrganizationEntity)
      .findOneBy({ id: input.organizationId });
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
      await manager.insert(ProposalEntity, row as never);
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
    const row = await this.dataSource.getRepository(ProposalEntity).findOneBy({ id });
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
    const saved = { ...next, version: expectedVersion + 1, updatedAt: this.clock.now() };
    const [, affected] = await manager.query(
      `UPDATE proposals SET title = $3, content = $4, state = $5, snapshot = $6, receipt_number = $7, theme_id = $8,
              partner_department_ids = $9::uuid[], version = version + 1, updated_at = $10
        WHERE id = $1 AND version = $2`,
      [
        row.id,
        expectedVersion,
        saved.title,
        saved.content,
        saved.state,
        JSON.stringify(saved.snapshot),
        saved.receiptNumber,
        saved.themeId,
        saved.partnerDepartmentIds,
        saved.updatedAt,
      ],
    );
    if (affected !== 1) {
      const [current] = await manager.query('SELECT version FROM proposals WHERE id = $1', [row.id]);
      throw new VersionConflictError(current?.version ?? row.version);
    }
    return saved;
  }

  private async freezeVersion(
    manager: EntityManager,
    submittedBy: string,
    row: ProposalEntity,
    event: string,
  ): Promise<void> {
    const [{ count }] = await manager.query(
      'SELECT count(*)::int AS count FROM proposal_versions WHERE proposal_id = $1',
      [row.id],
    );
    await manager.insert(ProposalVersionEntity, {
      id: randomUUID(),
      municipalityId: row.municipalityId,
      proposalId: row.id,
      number: count + 1,
      title: row.title,
      content: row.content,
      event,
      submittedBy,
      submittedAt: this.clock.now(),
    } as never);
  }

  private async nextReceiptNumber(manager: EntityManager, call: CallEntity): Promise<string> {
    const [[{ receipt_seq }]] = await manager.query(
      'UPDATE calls SET receipt_seq = receipt_seq + 1 WHERE id = $1 RETURNING receipt_seq',
      [call.id],
    );
    return `${call.fiscalYear}-${String(receipt_seq).padStart(4, '0')}`;
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
      const theme = await this.dataSource.getRepository(ThemeEntity).findOneBy({ id: themeId });
      if (!theme || theme.callId !== call.id) problems.push('themeId');
    }
    if (partnerDepartmentIds.length > 0) {
      const [{ count }] = await this.dataSource.query(
        `SELECT count(*)::int AS count FROM organizations WHERE id = ANY($1::uuid[]) AND municipality_id = $2 AND kind = 'department'`,
        [partnerDepartmentIds, call.municipalityId],
      );
      if (count !== new Set(partnerDepartmentIds).size) problems.push('partnerDepartmentIds');
    }
    const fields = content.activityFields ?? [];
    if (fields.length > 0) {
      const known = await this.dataSource
        .getRepository(ActivityFieldEntity)
        .findBy({ municipalityId: call.municipalityId });
      const inScope = (key: string) =>
        known.some((f) => f.key === key) && (call.activityFields.length === 0 || call.activityFields.includes(key));
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
