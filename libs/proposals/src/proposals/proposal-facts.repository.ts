import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/** What assigning reviewers needs of a proposal: where it is, who proposes it, how far it has gone. */
export interface ReviewTarget {
  id: string;
  municipalityId: string;
  callId: string;
  organizationId: string;
  partnerDepartmentIds: string[];
  state: string;
}

export interface ProposalScope {
  municipalityId: string;
  state: string;
}

export interface ProposalHeading {
  callId: string;
  title: string;
}

export interface ProposalCallSettings {
  callId: string;
  evaluationSettings: unknown;
}

/** A proposal as 事業評価 reads it: visibility, its workflow snapshot, its KPIs, its call's settings. */
export interface ProjectEvaluationSource {
  municipalityId: string;
  organizationId: string;
  partnerDepartmentIds: string[];
  state: string;
  snapshot: { context: unknown };
  content: { kpis?: Array<{ name: string; unit: string; target: number }> };
  callId: string;
  evaluationSettings: unknown;
}

interface ReviewTargetRow {
  id: string;
  municipality_id: string;
  call_id: string;
  organization_id: string;
  partner_department_ids: string[];
  state: string;
}

const TARGET_COLUMNS = 'id, municipality_id, call_id, organization_id, partner_department_ids, state';

function toTarget(row: ReviewTargetRow): ReviewTarget {
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    callId: row.call_id,
    organizationId: row.organization_id,
    partnerDepartmentIds: row.partner_department_ids,
    state: row.state,
  };
}

/** A proposal as a reviewer's queue lists it: its title, its place in receipt order, its call's review deadline. */
export interface ReviewHeading {
  title: string;
  receiptNumber: string | null;
  reviewDeadlineAt: Date | null;
}

/** Who proposes a proposal: the organisation and the partner departments it names. */
export interface Proposers {
  id: string;
  organizationId: string;
  partnerDepartmentIds: string[];
}

/**
 * What the review engine (libs/review) reads of proposals and their calls: narrow answers, batched by id where it
 * reads many.
 */
@Injectable()
export class ProposalFactsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async reviewTarget(proposalId: string, manager: EntityManager = this.db.manager): Promise<ReviewTarget | null> {
    const [row]: ReviewTargetRow[] = await manager.query(`SELECT ${TARGET_COLUMNS} FROM proposals WHERE id = $1`, [
      proposalId,
    ]);
    return row ? toTarget(row) : null;
  }

  /** Every proposal of the call, in receipt order (ties by id, so automatic assignment is reproducible). */
  async reviewTargetsOfCall(callId: string): Promise<ReviewTarget[]> {
    const rows: ReviewTargetRow[] = await this.db.query(
      `SELECT ${TARGET_COLUMNS} FROM proposals WHERE call_id = $1 ORDER BY receipt_number, id`,
      [callId],
    );
    return rows.map(toTarget);
  }

  async scopeOf(proposalId: string): Promise<ProposalScope | null> {
    const [row]: Array<{ municipality_id: string; state: string }> = await this.db.query(
      'SELECT municipality_id, state FROM proposals WHERE id = $1',
      [proposalId],
    );
    return row ? { municipalityId: row.municipality_id, state: row.state } : null;
  }

  async headingOf(proposalId: string): Promise<ProposalHeading | null> {
    const [row]: Array<{ call_id: string; title: string }> = await this.db.query(
      'SELECT call_id, title FROM proposals WHERE id = $1',
      [proposalId],
    );
    return row ? { callId: row.call_id, title: row.title } : null;
  }

  /** Those of `proposalIds` that are submitted (not draft) proposals of the call. */
  async submittedAmong(proposalIds: string[], callId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT id FROM proposals WHERE id = ANY($1::uuid[]) AND call_id = $2 AND state <> 'draft'`,
      [proposalIds, callId],
    );
    return rows.map((r) => r.id);
  }

  async callSettingsOf(proposalId: string): Promise<ProposalCallSettings | null> {
    const [row]: Array<{ call_id: string; evaluation_settings: unknown }> = await this.db.query(
      'SELECT p.call_id, c.evaluation_settings FROM proposals p JOIN calls c ON c.id = p.call_id WHERE p.id = $1',
      [proposalId],
    );
    return row ? { callId: row.call_id, evaluationSettings: row.evaluation_settings } : null;
  }

  async projectEvaluationSource(proposalId: string): Promise<ProjectEvaluationSource | null> {
    const [row]: Array<{
      municipality_id: string;
      organization_id: string;
      partner_department_ids: string[] | null;
      state: string;
      snapshot: { context: unknown };
      content: { kpis?: Array<{ name: string; unit: string; target: number }> };
      call_id: string;
      evaluation_settings: unknown;
    }> = await this.db.query(
      `SELECT p.municipality_id, p.organization_id, p.partner_department_ids, p.state, p.snapshot, p.content, p.call_id,
              c.evaluation_settings FROM proposals p JOIN calls c ON c.id = p.call_id WHERE p.id = $1`,
      [proposalId],
    );
    if (!row) return null;
    return {
      municipalityId: row.municipality_id,
      organizationId: row.organization_id,
      partnerDepartmentIds: row.partner_department_ids ?? [],
      state: row.state,
      snapshot: row.snapshot,
      content: row.content,
      callId: row.call_id,
      evaluationSettings: row.evaluation_settings,
    };
  }

  /** The queue heading of each of the proposals, by id. */
  async reviewHeadingsOf(proposalIds: string[]): Promise<Map<string, ReviewHeading>> {
    const rows: Array<{ id: string; title: string; receipt_number: string | null; review_deadline_at: Date | null }> =
      await this.db.query(
        `SELECT p.id, p.title, p.receipt_number, c.review_deadline_at
           FROM proposals p JOIN calls c ON c.id = p.call_id WHERE p.id = ANY($1::uuid[])`,
        [proposalIds],
      );
    return new Map(
      rows.map((r) => [
        r.id,
        { title: r.title, receiptNumber: r.receipt_number, reviewDeadlineAt: r.review_deadline_at },
      ]),
    );
  }

  /** The requested amount (見積金額) of each of the proposals as last saved, null where none is given. */
  async requestedAmountsOf(proposalIds: string[]): Promise<Map<string, number | null>> {
    const rows: Array<{ id: string; amount: string | null }> = await this.db.query(
      `SELECT id, CASE WHEN jsonb_typeof(content->'requestedAmount') = 'number' THEN content->>'requestedAmount' END AS amount
         FROM proposals WHERE id = ANY($1::uuid[])`,
      [proposalIds],
    );
    return new Map(rows.map((r) => [r.id, r.amount === null ? null : Number(r.amount)]));
  }

  /** Those of the proposals that have been decided: they have left review and joint evaluation. */
  async decidedAmong(proposalIds: string[]): Promise<Set<string>> {
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT id FROM proposals WHERE id = ANY($1::uuid[])
          AND state NOT IN ('review', 'jointEvaluation') AND state NOT LIKE 'submitted%'`,
      [proposalIds],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** The state and row version of each of the proposals, by id (unknown ids are left out). */
  async statesAndVersionsOf(proposalIds: string[]): Promise<Array<{ id: string; state: string; version: number }>> {
    return this.db.query('SELECT id, state, version FROM proposals WHERE id = ANY($1::uuid[]) ORDER BY id', [
      proposalIds,
    ]);
  }

  /** The proposing organisation and partner departments of each of the proposals. */
  async proposersOf(proposalIds: string[]): Promise<Proposers[]> {
    const rows: Array<{ id: string; organization_id: string; partner_department_ids: string[] | null }> =
      await this.db.query(
        'SELECT id, organization_id, partner_department_ids FROM proposals WHERE id = ANY($1::uuid[])',
        [proposalIds],
      );
    return rows.map((r) => ({
      id: r.id,
      organizationId: r.organization_id,
      partnerDepartmentIds: r.partner_department_ids ?? [],
    }));
  }
}
