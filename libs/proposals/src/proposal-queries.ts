import { Injectable } from '@nestjs/common';
import { AuditEventRepository } from '@kyodo/audit';
import { type Actor, decodeCursor, encodeCursor, hasRole } from '@kyodo/platform';
import { LifecycleFacts } from './lifecycle/lifecycle-facts';
import { diffContent, type ProposalContent } from './proposal-content';
import { ProposalError, ProposalErrorCode } from './proposal-errors';
import { ProposalRecordsReader } from './proposal-records.reader';
import { ProposalRows } from './proposal-rows';
import { toProposalView, type ProposalView } from './proposal-view';
import type { ProposalVersionEntity } from './proposals/proposal-version.entity';
import { ProposalRepository } from './proposals/proposal.repository';
import type { ProposalEntity } from './proposals/proposal.entity';

export interface AuditTimelineEntry {
  seq: number;
  action: string;
  actorId: string | null;
  actorRole: string | null;
  at: string;
  before: unknown;
  after: unknown;
  hash: string;
}

export interface ListQuery {
  limit: number;
  cursor?: string;
  callId?: string;
  state?: string;
}

/** Reads of proposals: one, lists, submitted versions and their differences, the audit timeline. */
@Injectable()
export class ProposalQueries {
  constructor(
    private readonly proposals: ProposalRepository,
    private readonly auditEvents: AuditEventRepository,
    private readonly rows: ProposalRows,
    private readonly facts: LifecycleFacts,
    private readonly records: ProposalRecordsReader,
  ) {}

  /** One proposal with the events the caller may send now and the records of its lifecycle the caller may read. */
  /**
   * The proposal's row, with the same 404 as `get` for anyone who may not see it (a recused reviewer included), for
   * a read model composed around the proposal (libs/memory).
   */
  visibleRow(actor: Actor, id: string): Promise<ProposalEntity> {
    return this.rows.visible(actor, id);
  }

  async get(actor: Actor, id: string): Promise<ProposalView> {
    const row = await this.rows.visible(actor, id);
    const allowed = await this.facts.allowed(actor, row, await this.rows.call(row.callId));
    const blockers = await this.facts.decisionBlockers(actor, row, allowed);
    return {
      ...toProposalView(row, allowed, await this.records.of(actor, row)),
      ...(blockers ? { decisionBlockers: blockers } : {}),
    };
  }

  async list(actor: Actor, query: ListQuery): Promise<{ items: ProposalView[]; nextCursor: string | null }> {
    if (!actor.municipalityId) return { items: [], nextCursor: null };
    const ownOrganizations = actor.memberships.flatMap((m) => (m.organizationId ? [m.organizationId] : []));
    const ownedAsProposer = actor.memberships.flatMap((m) =>
      m.role === 'proposer' && m.organizationId ? [m.organizationId] : [],
    );
    const staff = actor.roles.some((r) => r !== 'proposer');
    const cursor = query.cursor ? decodeCursor(query.cursor, ['timestamp', 'uuid']) : null;
    const raw = await this.proposals.listVisible({
      municipalityId: actor.municipalityId,
      ownedAsProposer,
      ownOrganizations,
      staff,
      recusedFrom: staff ? await this.rows.recusalsOf(actor) : [],
      callId: query.callId,
      state: query.state,
      after: cursor ? { createdAt: cursor[0]!, id: cursor[1]! } : undefined,
      limit: query.limit,
    });
    const page = raw.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      items: page.map((row) => toProposalView(row, [])),
      nextCursor:
        raw.length > query.limit && last ? encodeCursor([new Date(last.createdAt).toISOString(), last.id]) : null,
    };
  }

  async versions(actor: Actor, id: string): Promise<ProposalVersionEntity[]> {
    await this.rows.visible(actor, id);
    return this.proposals.versionsOf(id);
  }

  async diff(actor: Actor, id: string, from: number, to: number) {
    const versions = await this.versions(actor, id);
    const a = versions.find((v) => v.number === from);
    const b = versions.find((v) => v.number === to);
    if (!a || !b)
      throw new ProposalError(ProposalErrorCode.VersionNotFound, { available: versions.map((v) => v.number) });
    return {
      from,
      to,
      changes: diffContent(
        { title: a.title, content: a.content as ProposalContent },
        { title: b.title, content: b.content as ProposalContent },
      ),
    };
  }

  /**
   * The proposal's audit chain as a timeline, status changes included. The
   * secretariat's and the administrator's alone: it names who did what,
   * reviewers and conflict declarations included, which a proposer or a
   * fellow reviewer must not learn.
   */
  async audit(actor: Actor, id: string): Promise<AuditTimelineEntry[]> {
    await this.rows.visible(actor, id);
    if (!hasRole(actor, 'secretariat', 'admin')) throw new ProposalError(ProposalErrorCode.NotAllowed);
    const entries = await this.auditEvents.streamEntries(`proposal:${id}`);
    return entries.map((entry) => ({
      seq: entry.seq,
      action: entry.action,
      actorId: entry.actorId,
      actorRole: entry.actorRole,
      at: entry.at.toISOString(),
      before: entry.before,
      after: entry.after,
      hash: entry.hash,
    }));
  }
}
