import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { appendAudit } from '@kyodo/audit';
import { CallEntity, OrganizationEntity, ProposalEntity } from '@kyodo/persistence';
import { type Actor, type Clock, ValidationFailedError, VersionConflictError } from '@kyodo/platform';
import { enqueueInOutbox } from '@kyodo/queues';
import {
  allowedProposalEvents,
  applyProposalEvent,
  createProposalSnapshot,
  PROPOSAL_MACHINE_VERSION,
  type Effect,
  type ProposalEvent,
  type ProposalFacts,
} from '@kyodo/workflow';
import { canSee, isOwner, machineActor } from './proposal-access';
import { ProposalError, ProposalErrorCode } from './proposal-errors';
import { toProposalView, type ProposalView } from './proposal-view';

export interface NewProposal {
  organizationId: string;
  title: string;
  content: Record<string, unknown>;
}

export interface ListQuery {
  limit: number;
  cursor?: string;
  callId?: string;
  state?: string;
}

export interface ProposalEventInput {
  type: string;
  [key: string]: unknown;
}

const EDITABLE_STATES = ['draft', 'submitted.revisionRequested'];

/**
 * Proposals and their lifecycle. Every state change goes through the pure
 * machine; the new snapshot, the audit entry and the outbox rows for the
 * machine's declared effects commit in one transaction, guarded by the
 * version the client last saw.
 */
export class ProposalsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor, callId: string, input: NewProposal): Promise<ProposalView> {
    const call = await this.callInScope(actor, callId);
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
    this.checkAmount(call, input.content);
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
      title: input.title,
      content: input.content,
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
    return toProposalView(row, this.allowed(actor, row, call));
  }

  async get(actor: Actor, id: string): Promise<ProposalView> {
    const row = await this.visible(actor, id);
    const call = await this.dataSource.getRepository(CallEntity).findOneByOrFail({ id: row.callId });
    return toProposalView(row, this.allowed(actor, row, call));
  }

  async list(actor: Actor, query: ListQuery): Promise<{ items: ProposalView[]; nextCursor: string | null }> {
    if (!actor.municipalityId) return { items: [], nextCursor: null };
    const params: unknown[] = [actor.municipalityId];
    const where = ['p.municipality_id = $1'];
    const owned = actor.memberships
      .filter((m) => m.role === 'proposer' && m.organizationId)
      .map((m) => m.organizationId);
    const seesSubmitted = actor.roles.some((r) => r !== 'proposer');
    params.push(owned);
    where.push(
      seesSubmitted
        ? `(p.organization_id = ANY($2::uuid[]) OR p.state <> 'draft')`
        : `p.organization_id = ANY($2::uuid[])`,
    );
    if (query.callId) {
      params.push(query.callId);
      where.push(`p.call_id = $${params.length}`);
    }
    if (query.state) {
      params.push(query.state);
      where.push(`p.state = $${params.length}`);
    }
    const cursor = decodeCursor(query.cursor);
    if (cursor) {
      params.push(cursor.createdAt, cursor.id);
      where.push(`(p.created_at, p.id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(query.limit + 1);
    const raw: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT p.* FROM proposals p WHERE ${where.join(' AND ')} ORDER BY p.created_at, p.id LIMIT $${params.length}`,
      params,
    );
    const page = raw.slice(0, query.limit).map(fromRaw);
    const last = page[page.length - 1];
    return {
      items: page.map((row) => toProposalView(row, [])),
      nextCursor: raw.length > query.limit && last ? encodeCursor(last) : null,
    };
  }

  async updateDraft(
    actor: Actor,
    id: string,
    expectedVersion: number,
    patch: { title?: string; content?: Record<string, unknown> },
  ): Promise<ProposalView> {
    const row = await this.visible(actor, id);
    if (!isOwner(actor, row)) throw new ProposalError(ProposalErrorCode.NotAllowed);
    if (!EDITABLE_STATES.includes(row.state))
      throw new ProposalError(ProposalErrorCode.NotEditable, { state: row.state });
    const call = await this.dataSource.getRepository(CallEntity).findOneByOrFail({ id: row.callId });
    const content = patch.content ? { ...row.content, ...patch.content } : row.content;
    this.checkAmount(call, content);
    const title = patch.title ?? row.title;
    const updated = await this.dataSource.transaction(async (manager) => {
      const next = await this.compareAndSet(manager, row, expectedVersion, { title, content });
      await this.audit(
        manager,
        actor,
        next,
        'proposal.edited',
        { title: row.title },
        { title, fields: Object.keys(patch.content ?? {}) },
      );
      return next;
    });
    return toProposalView(updated, this.allowed(actor, updated, call));
  }

  async sendEvent(actor: Actor, id: string, expectedVersion: number, input: ProposalEventInput): Promise<ProposalView> {
    const row = await this.visible(actor, id);
    const call = await this.dataSource.getRepository(CallEntity).findOneByOrFail({ id: row.callId });
    const now = this.clock.now();
    const event = {
      ...input,
      type: input.type,
      actor: machineActor(actor, row),
      at: now.toISOString(),
      facts: this.facts(row, call),
    } as ProposalEvent;
    const result = applyProposalEvent(row.snapshot, event);
    if (!result.changed) {
      throw new ProposalError(ProposalErrorCode.EventNotAllowed, {
        state: row.state,
        event: input.type,
        allowedEvents: this.allowed(actor, row, call),
      });
    }
    const updated = await this.dataSource.transaction(async (manager) => {
      let receiptNumber = row.receiptNumber;
      if (!receiptNumber && input.type === 'SUBMIT') receiptNumber = await this.nextReceiptNumber(manager, call);
      const next = await this.compareAndSet(manager, row, expectedVersion, {
        state: result.state,
        snapshot: result.snapshot,
        receiptNumber,
      });
      await this.audit(
        manager,
        actor,
        next,
        `proposal.event.${input.type}`,
        { state: row.state },
        { state: next.state, event: input },
      );
      await this.writeEffects(manager, next, result.effects);
      return next;
    });
    return toProposalView(updated, this.allowed(actor, updated, call));
  }

  private async compareAndSet(
    manager: EntityManager,
    row: ProposalEntity,
    expectedVersion: number,
    changes: Partial<Pick<ProposalEntity, 'title' | 'content' | 'state' | 'snapshot' | 'receiptNumber'>>,
  ): Promise<ProposalEntity> {
    const next = { ...row, ...changes, version: expectedVersion + 1, updatedAt: this.clock.now() };
    // Never TypeORM save(): a stale save would silently win. The version is the lock.
    const [, affected] = await manager.query(
      `UPDATE proposals SET title = $3, content = $4, state = $5, snapshot = $6, receipt_number = $7, version = version + 1, updated_at = $8
        WHERE id = $1 AND version = $2`,
      [
        row.id,
        expectedVersion,
        next.title,
        next.content,
        next.state,
        JSON.stringify(next.snapshot),
        next.receiptNumber,
        next.updatedAt,
      ],
    );
    if (affected !== 1) {
      const [current] = await manager.query('SELECT version FROM proposals WHERE id = $1', [row.id]);
      throw new VersionConflictError(current?.version ?? row.version);
    }
    return next;
  }

  private async writeEffects(manager: EntityManager, row: ProposalEntity, effects: Effect[]): Promise<void> {
    for (const [index, effect] of effects.entries()) {
      if (effect.type !== 'notify') continue; // timers and publication arrive with their issues
      await enqueueInOutbox(manager, {
        name: 'notify.proposal-event',
        municipalityId: row.municipalityId,
        payload: {
          municipalityId: row.municipalityId,
          proposalId: row.id,
          template: effect.template,
          audience: effect.audience,
        },
        effectKey: `${row.id}:${row.version}:${index}`,
      });
    }
  }

  private async nextReceiptNumber(manager: EntityManager, call: CallEntity): Promise<string> {
    const [[{ receipt_seq }]] = await manager.query(
      'UPDATE calls SET receipt_seq = receipt_seq + 1 WHERE id = $1 RETURNING receipt_seq',
      [call.id],
    );
    return `${call.fiscalYear}-${String(receipt_seq).padStart(4, '0')}`;
  }

  private facts(row: ProposalEntity, call: CallEntity): ProposalFacts {
    const now = this.clock.now();
    const content = row.content as Record<string, unknown>;
    return {
      beforeSubmissionDeadline: now >= call.submissionOpensAt && now < call.submissionClosesAt,
      contentComplete:
        Boolean(row.title?.trim()) && typeof content.summary === 'string' && content.summary.trim() !== '',
      allScoreSheetsSubmitted: false,
      quorumMet: false,
      consultationRequired: call.consultationRequired,
      provisionalAdoption: call.provisionalAdoption,
      preConsultationEnabled: call.preConsultation,
    };
  }

  private allowed(actor: Actor, row: ProposalEntity, call: CallEntity): string[] {
    return allowedProposalEvents(row.snapshot, machineActor(actor, row), this.facts(row, call));
  }

  private async visible(actor: Actor, id: string): Promise<ProposalEntity> {
    const row = await this.dataSource.getRepository(ProposalEntity).findOneBy({ id });
    if (!row || !canSee(actor, row)) throw new ProposalError(ProposalErrorCode.ProposalNotFound);
    return row;
  }

  private async callInScope(actor: Actor, callId: string): Promise<CallEntity> {
    const call = await this.dataSource.getRepository(CallEntity).findOneBy({ id: callId });
    if (!call || call.municipalityId !== actor.municipalityId) throw new ProposalError(ProposalErrorCode.CallNotFound);
    return call;
  }

  private checkAmount(call: CallEntity, content: Record<string, unknown>): void {
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
  ): Promise<unknown> {
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

function fromRaw(raw: Record<string, unknown>): ProposalEntity {
  return {
    id: raw.id as string,
    municipalityId: raw.municipality_id as string,
    callId: raw.call_id as string,
    organizationId: raw.organization_id as string,
    origin: raw.origin as 'group' | 'department',
    title: raw.title as string,
    content: raw.content as Record<string, unknown>,
    state: raw.state as string,
    snapshot: raw.snapshot,
    machineVersion: raw.machine_version as number,
    version: raw.version as number,
    receiptNumber: raw.receipt_number as string | null,
    createdBy: raw.created_by as string,
    createdAt: raw.created_at as Date,
    updatedAt: raw.updated_at as Date,
  };
}

function encodeCursor(row: ProposalEntity): string {
  return Buffer.from(JSON.stringify([new Date(row.createdAt).toISOString(), row.id])).toString('base64url');
}

function decodeCursor(cursor: string | undefined): { createdAt: string; id: string } | null {
  if (!cursor) return null;
  const invalid = new ValidationFailedError([
    { field: 'cursor', messages: ['cursor is not a cursor this API issued'] },
  ]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  const [createdAt, id] = Array.isArray(parsed) ? parsed : [];
  if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt))) throw invalid;
  if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id)) throw invalid;
  return { createdAt, id };
}
