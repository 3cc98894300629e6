import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

export interface ConsensusRecord {
  proposalId: string;
  scores: Record<string, number>;
  reasons: Record<string, string>;
  recordedBy: string;
  recordedAt: Date;
  version: number;
}

/** A proposal's consensus at one session, as the results read it. */
export interface SessionConsensus {
  sessionId: string;
  scores: Record<string, number>;
  reasons: Record<string, string>;
}

export interface ConsensusWrite {
  sessionId: string;
  proposalId: string;
  municipalityId: string | null;
  scores: Record<string, number>;
  reasons: Record<string, string>;
  recordedBy: string;
  at: Date;
}

/** The committee's consensus scores, one row per session and proposal, versioned for corrections. */
@Injectable()
export class ConsensusRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async ofSession(sessionId: string): Promise<ConsensusRecord[]> {
    const rows: Array<{
      proposal_id: string;
      scores: Record<string, number>;
      reasons: Record<string, string>;
      recorded_by: string;
      recorded_at: Date;
      version: number;
    }> = await this.db.query(
      'SELECT proposal_id, scores, reasons, recorded_by, recorded_at, version FROM consensus_scores WHERE session_id = $1',
      [sessionId],
    );
    return rows.map((c) => ({
      proposalId: c.proposal_id,
      scores: c.scores,
      reasons: c.reasons,
      recordedBy: c.recorded_by,
      recordedAt: c.recorded_at,
      version: c.version,
    }));
  }

  /** The current version (null: none recorded yet), holding the row lock until the transaction ends. */
  async lockedVersion(manager: EntityManager, sessionId: string, proposalId: string): Promise<number | null> {
    const [current]: Array<{ version: number }> = await manager.query(
      'SELECT version FROM consensus_scores WHERE session_id = $1 AND proposal_id = $2 FOR UPDATE',
      [sessionId, proposalId],
    );
    return current?.version ?? null;
  }

  /**
   * Records the consensus, or corrects it when `expectedVersion` is null or names the stored version; answers
   * false, writing nothing, when a correction names another version.
   */
  async write(manager: EntityManager, consensus: ConsensusWrite, expectedVersion: number | null): Promise<boolean> {
    const written: Array<{ version: number }> = await manager.query(
      `INSERT INTO consensus_scores (session_id, proposal_id, municipality_id, scores, reasons, recorded_by, recorded_at, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 1)
       ON CONFLICT (session_id, proposal_id) DO UPDATE SET scores = EXCLUDED.scores, reasons = EXCLUDED.reasons,
         recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at, version = consensus_scores.version + 1
         WHERE $8::int IS NULL OR consensus_scores.version = $8::int
       RETURNING version`,
      [
        consensus.sessionId,
        consensus.proposalId,
        consensus.municipalityId,
        consensus.scores,
        consensus.reasons,
        consensus.recordedBy,
        consensus.at,
        expectedVersion,
      ],
    );
    return written.length > 0;
  }

  /** Every consensus on the proposal, oldest first. */
  async ofProposal(proposalId: string): Promise<SessionConsensus[]> {
    const rows: Array<{ session_id: string; scores: Record<string, number>; reasons: Record<string, string> }> =
      await this.db.query(
        `SELECT session_id, scores, reasons FROM consensus_scores WHERE proposal_id = $1 ORDER BY recorded_at`,
        [proposalId],
      );
    return rows.map((c) => ({ sessionId: c.session_id, scores: c.scores, reasons: c.reasons }));
  }

  /** The newest consensus on the proposal, scores and reasons only (for disclosure), or null. */
  async latestOfProposal(
    proposalId: string,
  ): Promise<{ scores: Record<string, number>; reasons: Record<string, string> } | null> {
    const rows: Array<{ scores: Record<string, number>; reasons: Record<string, string> }> = await this.db.query(
      'SELECT scores, reasons FROM consensus_scores WHERE proposal_id = $1 ORDER BY recorded_at DESC LIMIT 1',
      [proposalId],
    );
    return rows[0] ?? null;
  }
}
