import type { DataSource } from 'typeorm';
import { ProposalVersionEntity } from '@kyodo/persistence';
import { type Actor, decodeCursor, encodeCursor, hasRole } from '@kyodo/platform';
import { diffContent, type ProposalContent } from './proposal-content';
import { ProposalError, ProposalErrorCode } from './proposal-errors';
import { fromRaw, ProposalRows } from './proposal-rows';
import { toProposalView, type ProposalView } from './proposal-view';

export interface ListQuery {
  limit: number;
  cursor?: string;
  callId?: string;
  state?: string;
}

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

/** Reads of proposals: lists, submitted versions and their differences, the audit timeline. */
export class ProposalQueries {
  private readonly rows: ProposalRows;

  constructor(private readonly dataSource: DataSource) {
    this.rows = new ProposalRows(dataSource);
  }

  async list(actor: Actor, query: ListQuery): Promise<{ items: ProposalView[]; nextCursor: string | null }> {
    if (!actor.municipalityId) return { items: [], nextCursor: null };
    const ownOrganizations = actor.memberships.filter((m) => m.organizationId).map((m) => m.organizationId);
    const ownedAsProposer = actor.memberships
      .filter((m) => m.role === 'proposer' && m.organizationId)
      .map((m) => m.organizationId);
    const staff = actor.roles.some((r) => r !== 'proposer');
    const params: unknown[] = [actor.municipalityId, ownedAsProposer, ownOrganizations];
    // Same rule as canSee: owners see their drafts; after submission, staff and partner departments see it too.
    const where = [
      'p.municipality_id = $1',
      `(p.organization_id = ANY($2::uuid[]) OR (p.state <> 'draft' AND (${staff ? 'true' : 'false'} OR p.partner_department_ids && $3::uuid[])))`,
    ];
    if (query.callId) {
      params.push(query.callId);
      where.push(`p.call_id = $${params.length}`);
    }
    if (query.state) {
      params.push(query.state);
      where.push(`p.state = $${params.length}`);
    }
    if (query.cursor) {
      params.push(...decodeCursor(query.cursor, ['timestamp', 'uuid']));
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
      nextCursor:
        raw.length > query.limit && last ? encodeCursor([new Date(last.createdAt).toISOString(), last.id]) : null,
    };
  }

  async versions(actor: Actor, id: string): Promise<ProposalVersionEntity[]> {
    await this.rows.visible(actor, id);
    return this.dataSource.getRepository(ProposalVersionEntity).find({
      where: { proposalId: id },
      order: { number: 'ASC' },
    });
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
    const rows = await this.dataSource.query(
      `SELECT seq, action, actor_id, actor_role, at, before, after, hash FROM audit_events WHERE stream = $1 ORDER BY seq`,
      [`proposal:${id}`],
    );
    return rows.map((r: Record<string, unknown>) => ({
      seq: r.seq as number,
      action: r.action as string,
      actorId: r.actor_id as string | null,
      actorRole: r.actor_role as string | null,
      at: new Date(r.at as string).toISOString(),
      before: r.before,
      after: r.after,
      hash: r.hash as string,
    }));
  }
}
