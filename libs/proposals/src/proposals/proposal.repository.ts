import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ReadDataSource, type ReadFrom } from '@kyodo/persistence';
import type { DataSource, EntityManager } from 'typeorm';
import { proposalTypeOf } from '../proposal-type';
import { ProposalEntity } from './proposal.entity';
import { ProposalVersionEntity } from './proposal-version.entity';
import { ADOPTED_STATE_SQL } from '../continuation/continuation-rules';

/** A proposal row as SQL hands it back (snake_case). */
interface ProposalRow {
  id: string;
  municipality_id: string;
  call_id: string;
  organization_id: string;
  origin: 'group' | 'department';
  proposal_type: 'theme' | 'free';
  theme_id: string | null;
  predecessor_id?: string | null;
  partner_department_ids: string[] | null;
  partner_group_ids?: string[] | null;
  title: string;
  content: Record<string, unknown>;
  state: string;
  snapshot: unknown;
  machine_version: number;
  version: number;
  receipt_number: string | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

/** Who is asking for a list, as the visibility rule needs it (same rule as canSee). */
export interface ProposalListFilter {
  municipalityId: string;
  /** Organisations the actor proposes for: their drafts included. */
  ownedAsProposer: string[];
  /** Every organisation the actor belongs to: partner departments see submitted proposals naming them. */
  ownOrganizations: string[];
  /** Staff (anyone but a proposer) see every submitted proposal. */
  staff: boolean;
  /** Proposals the actor is recused from at a selection stage: left out while in selection, unless their own. */
  recusedFrom: string[];
  callId?: string;
  state?: string;
  /** Keyset: the (created_at, id) of the last row of the page before. */
  after?: { createdAt: string; id: string };
  limit: number;
}

/** A proposal that has a receipt number, with the decision its machine recorded (for reports). */
export interface SubmittedProposal {
  id: string;
  receiptNumber: string;
  title: string;
  organizationId: string;
  origin: 'group' | 'department';
  proposalType: 'theme' | 'free';
  state: string;
  decision: { outcome: string; reason: string } | null;
  conditions: Array<{ text: string }> | null;
}

/** A proposal's place in a call's receipt order. */
export interface ReceiptEntry {
  id: string;
  receiptNumber: string;
  title: string;
}

/** Who a proposal concerns: its municipality, its organisation and the partner departments it names. */
export interface ProposalParties {
  municipalityId: string;
  organizationId: string;
  partnerDepartmentIds: string[];
}

/** What a message quotes of a proposal: its call's title and the reasons its machine recorded, not its state machine. */
export interface ProposalSummary {
  id: string;
  municipalityId: string;
  title: string;
  receiptNumber: string | null;
  state: string;
  callTitle: string;
  context: {
    returns?: Array<{ reason: string }>;
    closure?: { reason: string } | null;
    decision?: { reason: string } | null;
    conditions?: Array<{ text: string }>;
    assessment?: { comment: string } | null;
  };
}

/** A version of a proposal as frozen at submission, before it is numbered. */
export type NewProposalVersion = Omit<ProposalVersionEntity, 'id' | 'number'>;

/** Proposals and their frozen versions: the proposals and proposal_versions tables. */
@Injectable()
export class ProposalRepository {
  private readonly reads: ReadDataSource;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    /** Where the public reads go (the read replica when one is set); built by hand, every read is on `db`. */
    @Inject(ReadDataSource) reads?: ReadDataSource,
  ) {
    this.reads = reads ?? ReadDataSource.primaryOnly(db);
  }

  findById(id: string, from: ReadFrom = 'primary'): Promise<ProposalEntity | null> {
    return this.reads.of(from).getRepository(ProposalEntity).findOneBy({ id });
  }

  async insert(manager: EntityManager, row: ProposalEntity): Promise<void> {
    await manager.insert(ProposalEntity, row as never);
  }

  /**
   * Never TypeORM save(): a stale save would silently win. Writes `next` only while the row is still at
   * `expectedVersion` (and moves it one on); false when another writer got there first.
   */
  async updateIfVersion(manager: EntityManager, expectedVersion: number, next: ProposalEntity): Promise<boolean> {
    const [, affected]: [unknown, number] = await manager.query(
      `UPDATE proposals SET title = $3, content = $4, state = $5, snapshot = $6, receipt_number = $7, theme_id = $8,
              partner_department_ids = $9::uuid[], version = version + 1, updated_at = $10,
              predecessor_id = $11, partner_group_ids = $12::uuid[], proposal_type = $13
        WHERE id = $1 AND version = $2`,
      [
        next.id,
        expectedVersion,
        next.title,
        next.content,
        next.state,
        JSON.stringify(next.snapshot),
        next.receiptNumber,
        next.themeId,
        next.partnerDepartmentIds,
        next.updatedAt,
        next.predecessorId ?? null,
        next.partnerGroupIds ?? [],
        // The type follows the theme while a draft may still change it (a check in the table holds them together).
        proposalTypeOf(next.themeId),
      ],
    );
    return affected === 1;
  }

  /**
   * Gives a first submission its receipt number (受付番号, `2026-0007`) from its call's counter, in one statement:
   * the counter row stays locked until the commit and every submission to the call waits on it, so the lock is held
   * for this one round trip and the commit only.
   */
  async assignReceiptNumber(manager: EntityManager, id: string, callId: string, fiscalYear: number): Promise<string> {
    const [rows]: [Array<{ receipt_number: string }>, number] = await manager.query(
      `WITH counter AS (UPDATE calls SET receipt_seq = receipt_seq + 1 WHERE id = $2 RETURNING receipt_seq::text AS seq)
       UPDATE proposals p SET receipt_number = $3::text || '-' || lpad(counter.seq, greatest(4, length(counter.seq)), '0')
         FROM counter WHERE p.id = $1
       RETURNING p.receipt_number`,
      [id, callId, String(fiscalYear)],
    );
    return rows[0]!.receipt_number;
  }

  /** The version the row is at now, or null when it is gone. */
  async currentVersion(manager: EntityManager, id: string): Promise<number | null> {
    const [row]: Array<{ version: number }> = await manager.query('SELECT version FROM proposals WHERE id = $1', [id]);
    return row ? row.version : null;
  }

  /** Freezes the text as submitted, numbered after the versions before it. */
  /** The next frozen version, numbered after the proposal's last, in one statement (inside the caller's lock). */
  async appendVersion(manager: EntityManager, version: NewProposalVersion): Promise<void> {
    await manager.query(
      `INSERT INTO proposal_versions (id, municipality_id, proposal_id, number, title, content, predecessor_id,
                                      partner_group_ids, event, submitted_by, submitted_at)
       SELECT $1, $2, $3, count(*) + 1, $4, $5, $6, $7::uuid[], $8, $9, $10 FROM proposal_versions WHERE proposal_id = $3`,
      [
        randomUUID(),
        version.municipalityId,
        version.proposalId,
        version.title,
        JSON.stringify(version.content),
        version.predecessorId,
        version.partnerGroupIds,
        version.event,
        version.submittedBy,
        version.submittedAt,
      ],
    );
  }

  versionsOf(proposalId: string): Promise<ProposalVersionEntity[]> {
    return this.db.getRepository(ProposalVersionEntity).find({ where: { proposalId }, order: { number: 'ASC' } });
  }

  /** Proposals of a call still open to their organisation (drafts and returned ones), by id. */
  async openIdsOfCall(callId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT id FROM proposals WHERE call_id = $1 AND state IN ('draft', 'submitted.revisionRequested') ORDER BY id`,
      [callId],
    );
    return rows.map((r) => r.id);
  }

  /** Locks the proposal until the caller's transaction ends and answers its state; null when unknown. */
  async lockedState(manager: EntityManager, id: string): Promise<string | null> {
    const rows: Array<{ state: string }> = await manager.query('SELECT state FROM proposals WHERE id = $1 FOR UPDATE', [
      id,
    ]);
    return rows[0]?.state ?? null;
  }

  /** Holds the proposal's row until the caller's transaction ends (writers of one proposal take turns). */
  async lockForUpdate(manager: EntityManager, id: string): Promise<void> {
    await manager.query('SELECT id FROM proposals WHERE id = $1 FOR UPDATE', [id]);
  }

  /** The current state of each of the proposals, by id. */
  async statesOf(ids: string[]): Promise<Map<string, string>> {
    const rows: Array<{ id: string; state: string }> = await this.db.query(
      'SELECT id, state FROM proposals WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.state]));
  }

  /** Whom the proposal concerns; null when it is gone. */
  async partiesOf(id: string): Promise<ProposalParties | null> {
    const [row]: Array<{ municipality_id: string; organization_id: string; partner_department_ids: string[] | null }> =
      await this.db.query(
        'SELECT municipality_id, organization_id, partner_department_ids FROM proposals WHERE id = $1',
        [id],
      );
    return row
      ? {
          municipalityId: row.municipality_id,
          organizationId: row.organization_id,
          partnerDepartmentIds: row.partner_department_ids ?? [],
        }
      : null;
  }

  /** What messages quote of each of the proposals, with its call's title, by id: one query for them all. */
  async summariesOf(ids: string[]): Promise<Map<string, ProposalSummary>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{
      id: string;
      municipality_id: string;
      title: string;
      receipt_number: string | null;
      state: string;
      title_ja: string;
      context: ProposalSummary['context'] | null;
    }> = await this.db.query(
      `SELECT p.id, p.municipality_id, p.title, p.receipt_number, p.state, c.title_ja,
              jsonb_build_object(
                'returns', p.snapshot #> '{context,returns}', 'closure', p.snapshot #> '{context,closure}',
                'decision', p.snapshot #> '{context,decision}', 'conditions', p.snapshot #> '{context,conditions}',
                'assessment', p.snapshot #> '{context,assessment}') AS context
         FROM proposals p JOIN calls c ON c.id = p.call_id WHERE p.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          id: r.id,
          municipalityId: r.municipality_id,
          title: r.title,
          receiptNumber: r.receipt_number,
          state: r.state,
          callTitle: r.title_ja,
          context: r.context ?? {},
        },
      ]),
    );
  }

  /** The call's proposals that have a receipt number, in receipt order. */
  async submittedOfCall(callId: string): Promise<SubmittedProposal[]> {
    const rows: Array<{
      id: string;
      receipt_number: string;
      title: string;
      organization_id: string;
      origin: 'group' | 'department';
      proposal_type: 'theme' | 'free';
      state: string;
      decision: SubmittedProposal['decision'];
      conditions: SubmittedProposal['conditions'];
    }> = await this.db.query(
      `SELECT id, receipt_number, title, organization_id, origin, proposal_type, state,
              snapshot #> '{context,decision}' AS decision, snapshot #> '{context,conditions}' AS conditions
         FROM proposals WHERE call_id = $1 AND receipt_number IS NOT NULL ORDER BY receipt_number`,
      [callId],
    );
    return rows.map((r) => ({
      id: r.id,
      receiptNumber: r.receipt_number,
      title: r.title,
      organizationId: r.organization_id,
      origin: r.origin,
      proposalType: r.proposal_type,
      state: r.state,
      decision: r.decision,
      conditions: r.conditions,
    }));
  }

  /**
   * The next `limit` proposals of the call in receipt order after `afterReceipt` ('' for the first page). The
   * (call_id, receipt_number) index serves it: each page is an index range, not a sort of the whole call.
   */
  async receiptPage(callId: string, afterReceipt: string, limit: number): Promise<ReceiptEntry[]> {
    const rows: Array<{ id: string; receipt_number: string; title: string }> = await this.db.query(
      `SELECT id, receipt_number, title FROM proposals
        WHERE call_id = $1 AND receipt_number > $2 ORDER BY receipt_number LIMIT $3`,
      [callId, afterReceipt, limit],
    );
    return rows.map((r) => ({ id: r.id, receiptNumber: r.receipt_number, title: r.title }));
  }

  /** One page (plus one row, to tell whether more follow) of the proposals the filter may see, oldest first. */
  async listVisible(filter: ProposalListFilter): Promise<ProposalEntity[]> {
    const params: unknown[] = [filter.municipalityId, filter.ownedAsProposer, filter.ownOrganizations];
    // Owners see their drafts; after submission, staff and partner departments see it too; a partner group once
    // the proposal is adopted.
    const where = [
      'p.municipality_id = $1',
      `(p.organization_id = ANY($2::uuid[])
        OR (p.state <> 'draft' AND (${filter.staff ? 'true' : 'false'} OR p.partner_department_ids && $3::uuid[]))
        OR (p.partner_group_ids && $3::uuid[] AND ${ADOPTED_STATE_SQL}))`,
    ];
    if (filter.recusedFrom.length > 0) {
      // The same states as inSelection() in proposal-access.ts.
      params.push(filter.recusedFrom);
      where.push(
        `NOT (p.id = ANY($${params.length}::uuid[]) AND NOT p.organization_id = ANY($2::uuid[])
              AND (p.state LIKE 'submitted%' OR p.state IN ('consultation', 'review', 'jointEvaluation')))`,
      );
    }
    if (filter.callId) {
      params.push(filter.callId);
      where.push(`p.call_id = $${params.length}`);
    }
    if (filter.state) {
      params.push(filter.state);
      where.push(`p.state = $${params.length}`);
    }
    if (filter.after) {
      params.push(filter.after.createdAt, filter.after.id);
      where.push(`(p.created_at, p.id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(filter.limit + 1);
    const rows: ProposalRow[] = await this.db.query(
      `SELECT p.* FROM proposals p WHERE ${where.join(' AND ')} ORDER BY p.created_at, p.id LIMIT $${params.length}`,
      params,
    );
    return rows.map(toProposal);
  }
}

function toProposal(raw: ProposalRow): ProposalEntity {
  return {
    id: raw.id,
    municipalityId: raw.municipality_id,
    callId: raw.call_id,
    organizationId: raw.organization_id,
    origin: raw.origin,
    proposalType: raw.proposal_type,
    themeId: raw.theme_id ?? null,
    predecessorId: raw.predecessor_id ?? null,
    partnerDepartmentIds: raw.partner_department_ids ?? [],
    partnerGroupIds: raw.partner_group_ids ?? [],
    title: raw.title,
    content: raw.content,
    state: raw.state,
    snapshot: raw.snapshot,
    machineVersion: raw.machine_version,
    version: raw.version,
    receiptNumber: raw.receipt_number,
    createdBy: raw.created_by,
    createdAt: raw.created_at,
    updatedAt: raw.updated_at,
  };
}
