import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { queryPrepared, ReadDataSource, type ReadFrom, type Statement } from '@kyodo/persistence';
import type { DataSource, EntityManager } from 'typeorm';

/** One proposal of a continuation chain, with the call it was proposed in. */
export interface ChainLink {
  id: string;
  municipalityId: string;
  organizationId: string;
  /** Who proposed it: a citizen group or a department. */
  origin: 'group' | 'department';
  callId: string;
  fiscalYear: number;
  callTitleJa: string;
  callTitleEn: string;
  title: string;
  receiptNumber: string | null;
  state: string;
  predecessorId: string | null;
}

/**
 * A validated chain only ever points to earlier fiscal years, so it cannot loop; the depth bound keeps a query
 * finite whatever the rows say.
 */
const MAX_DEPTH = 50;

const LINK_COLUMNS = `p.id, p.municipality_id AS "municipalityId", p.organization_id AS "organizationId", p.origin, p.call_id AS "callId",
  c.fiscal_year AS "fiscalYear", c.title_ja AS "callTitleJa", c.title_en AS "callTitleEn", p.title,
  p.receipt_number AS "receiptNumber", p.state, p.predecessor_id AS "predecessorId"`;

/** Named: every public proposal page reads its chain (and from its first link, who proposed it). */
const CHAIN_FROM: Statement = {
  name: 'kyodo_continuation_chain_from',
  text: `WITH RECURSIVE chain AS (
           SELECT id, predecessor_id, 0 AS depth FROM proposals WHERE id = $1
           UNION ALL
           SELECT p.id, p.predecessor_id, chain.depth + 1 FROM proposals p JOIN chain ON p.id = chain.predecessor_id
            WHERE chain.depth < ${MAX_DEPTH})
         SELECT ${LINK_COLUMNS} FROM chain JOIN proposals p ON p.id = chain.id JOIN calls c ON c.id = p.call_id
          ORDER BY chain.depth`,
};

/** 継続事業: the predecessor links between proposals (the proposals table, read for chains and candidates). */
@Injectable()
export class ContinuationRepository {
  private readonly reads: ReadDataSource;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    /** Where the public reads go (the read replica when one is set); built by hand, every read is on `db`. */
    @Inject(ReadDataSource) reads?: ReadDataSource,
  ) {
    this.reads = reads ?? ReadDataSource.primaryOnly(db);
  }

  /** The proposal and every proposal it continues, itself first, then its predecessor, and so on back. */
  async chainFrom(proposalId: string, from: ReadFrom = 'primary'): Promise<ChainLink[]> {
    return queryPrepared(this.reads.of(from), CHAIN_FROM, [proposalId]);
  }

  /** The organisation's proposals in the municipality's calls of earlier fiscal years, newest first. */
  async earlierOfOrganization(organizationId: string, municipalityId: string, beforeFiscalYear: number) {
    const rows: ChainLink[] = await this.db.query(
      `SELECT ${LINK_COLUMNS} FROM proposals p JOIN calls c ON c.id = p.call_id
        WHERE p.organization_id = $1 AND p.municipality_id = $2 AND c.fiscal_year < $3
        ORDER BY c.fiscal_year DESC, p.receipt_number DESC NULLS LAST`,
      [organizationId, municipalityId, beforeFiscalYear],
    );
    return rows;
  }

  /** The proposals that name this one as their predecessor, with their states; in the caller's transaction if given. */
  async continuationsOf(predecessorId: string, manager?: EntityManager): Promise<Array<{ id: string; state: string }>> {
    return (manager ?? this.db.manager).query('SELECT id, state FROM proposals WHERE predecessor_id = $1 ORDER BY id', [
      predecessorId,
    ]);
  }

  /**
   * Locks the predecessor's row to the end of the caller's transaction, so two proposals naming it at once are
   * checked one after the other.
   */
  async lockPredecessor(manager: EntityManager, predecessorId: string): Promise<void> {
    await manager.query('SELECT id FROM proposals WHERE id = $1 FOR UPDATE', [predecessorId]);
  }
}
