import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ReadDataSource, type ReadFrom } from '@kyodo/persistence';
import type { DataSource, EntityManager } from 'typeorm';
import type { Milestone, MilestoneStatus } from './milestone';

interface MilestoneRow {
  id: string;
  proposal_id: string;
  title: string;
  due_on: string | null;
  status: MilestoneStatus;
  done_at: Date | null;
  done_on: string | null;
  delay_note: string | null;
  recorded_by: string;
  created_at: Date;
}

export interface NewMilestone {
  id: string;
  municipalityId: string;
  proposalId: string;
  title: string;
  dueOn: string | null;
  status: MilestoneStatus;
  doneAt: Date | null;
  recordedBy: string;
}

const COLUMNS = `id, proposal_id, title, to_char(due_on, 'YYYY-MM-DD') AS due_on, status, done_at,
  to_char(done_on, 'YYYY-MM-DD') AS done_on, delay_note, recorded_by, created_at`;

function toMilestone(row: MilestoneRow): Milestone {
  return {
    id: row.id,
    proposalId: row.proposal_id,
    title: row.title,
    dueOn: row.due_on,
    status: row.status,
    doneAt: row.done_at ? row.done_at.toISOString() : null,
    doneOn: row.done_on,
    delayNote: row.delay_note,
    recordedBy: row.recorded_by,
    createdAt: row.created_at.toISOString(),
  };
}

/** The milestones table. */
@Injectable()
export class MilestoneRepository {
  private readonly reads: ReadDataSource;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    /** Where the public reads go (the read replica when one is set); built by hand, every read is on `db`. */
    @Inject(ReadDataSource) reads?: ReadDataSource,
  ) {
    this.reads = reads ?? ReadDataSource.primaryOnly(db);
  }

  /** A proposal's milestones by due date (undated last), then as recorded. */
  async listFor(municipalityId: string, proposalId: string, from: ReadFrom = 'primary'): Promise<Milestone[]> {
    const rows: MilestoneRow[] = await this.reads.of(from).query(
      `SELECT ${COLUMNS} FROM milestones WHERE proposal_id = $1 AND municipality_id = $2
        ORDER BY due_on NULLS LAST, created_at, id`,
      [proposalId, municipalityId],
    );
    return rows.map(toMilestone);
  }

  async insert(milestone: NewMilestone): Promise<void> {
    await this.db.query(
      `INSERT INTO milestones (id, municipality_id, proposal_id, title, due_on, status, done_at, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        milestone.id,
        milestone.municipalityId,
        milestone.proposalId,
        milestone.title,
        milestone.dueOn,
        milestone.status,
        milestone.doneAt,
        milestone.recordedBy,
      ],
    );
  }

  /** Takes back a milestone whose RECORD_MILESTONE event the lifecycle then refused. */
  async discard(id: string): Promise<void> {
    await this.db.query('DELETE FROM milestones WHERE id = $1', [id]);
  }

  async find(municipalityId: string, proposalId: string, id: string): Promise<Milestone | null> {
    const [row]: MilestoneRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM milestones WHERE id = $1 AND proposal_id = $2 AND municipality_id = $3`,
      [id, proposalId, municipalityId],
    );
    return row ? toMilestone(row) : null;
  }

  /**
   * Sets a milestone done (on a day) or delayed (with a note), in the caller's transaction; false when it is done
   * already (a done milestone stays done).
   */
  async setStatus(
    manager: EntityManager,
    id: string,
    change: { status: 'done'; doneOn: string } | { status: 'delayed'; note: string },
    by: string,
    at: Date,
  ): Promise<boolean> {
    const [, affected]: [unknown, number] = await manager.query(
      `UPDATE milestones SET status = $2, done_on = $3, done_at = $4, delay_note = $5, updated_by = $6,
              updated_at = $7
        WHERE id = $1 AND status <> 'done'`,
      [
        id,
        change.status,
        change.status === 'done' ? change.doneOn : null,
        change.status === 'done' ? at : null,
        change.status === 'delayed' ? change.note : null,
        by,
        at,
      ],
    );
    return affected > 0;
  }
}
