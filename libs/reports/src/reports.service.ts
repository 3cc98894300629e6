import { randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import type { DataSource } from 'typeorm';
import { type Actor, hasRole, type Locale } from '@kyodo/platform';
import { ProposalError, ProposalErrorCode } from '@kyodo/proposals';
import { enqueueInOutbox } from '@kyodo/queues';
import { ReportError, ReportErrorCode } from './report-errors';
import type { ReportKind } from './report-kinds';
import { reportPath } from './report-storage';

export interface ReportRequest {
  kind: ReportKind;
  callId: string;
  proposalId?: string;
  locale?: Locale;
}

export interface ReportResource {
  id: string;
  kind: ReportKind;
  callId: string;
  proposalId: string | null;
  locale: Locale;
  status: 'queued' | 'ready' | 'failed';
  fileName: string | null;
  mediaType: string | null;
  byteSize: number | null;
  sha256: string | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

const COLUMNS = `id, kind, call_id, proposal_id, locale, status, file_name, media_type, byte_size, sha256, error, created_at, finished_at`;

interface ReportRow {
  id: string;
  kind: ReportKind;
  call_id: string;
  proposal_id: string | null;
  locale: Locale;
  status: ReportResource['status'];
  file_name: string | null;
  media_type: string | null;
  byte_size: string | number | null;
  sha256: string | null;
  error: string | null;
  created_at: Date;
  finished_at: Date | null;
}

function toResource(row: ReportRow): ReportResource {
  return {
    id: row.id,
    kind: row.kind,
    callId: row.call_id,
    proposalId: row.proposal_id,
    locale: row.locale,
    status: row.status,
    fileName: row.file_name,
    mediaType: row.media_type,
    byteSize: row.byte_size === null ? null : Number(row.byte_size),
    sha256: row.sha256,
    error: row.error,
    createdAt: new Date(row.created_at).toISOString(),
    finishedAt: row.finished_at ? new Date(row.finished_at).toISOString() : null,
  };
}

/**
 * Asking for a report records it and its build job in one transaction and
 * answers at once (202); the worker builds the file. Reports hold scores and
 * reviewers' names, so only the secretariat and admins of the municipality
 * may ask for them or read them.
 */
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dataDir: string,
  ) {}

  async request(actor: Actor, input: ReportRequest): Promise<ReportResource> {
    this.requireStaff(actor);
    const [call] = await this.dataSource.query('SELECT municipality_id FROM calls WHERE id = $1', [input.callId]);
    if (!call || call.municipality_id !== actor.municipalityId) throw new ProposalError(ProposalErrorCode.CallNotFound);
    if (input.kind === 'evaluation-sheet-pdf') {
      const [proposal] = input.proposalId
        ? await this.dataSource.query(
            'SELECT 1 FROM proposals WHERE id = $1 AND call_id = $2 AND receipt_number IS NOT NULL',
            [input.proposalId, input.callId],
          )
        : [];
      if (!proposal) throw new ReportError(ReportErrorCode.ProposalRequired);
    }
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO reports (id, municipality_id, kind, call_id, proposal_id, locale, status, requested_by)
         VALUES ($1, $2, $3, $4, $5, $6, 'queued', $7)`,
        [
          id,
          actor.municipalityId,
          input.kind,
          input.callId,
          input.kind === 'evaluation-sheet-pdf' ? input.proposalId : null,
          input.locale ?? actor.locale,
          actor.userId,
        ],
      );
      await enqueueInOutbox(manager, {
        name: 'report.build',
        municipalityId: actor.municipalityId,
        payload: { municipalityId: actor.municipalityId!, reportId: id },
        effectKey: `report:${id}`,
      });
    });
    return this.get(actor, id);
  }

  async get(actor: Actor, id: string): Promise<ReportResource> {
    this.requireStaff(actor);
    const [row] = await this.dataSource.query(`SELECT ${COLUMNS} FROM reports WHERE id = $1 AND municipality_id = $2`, [
      id,
      actor.municipalityId,
    ]);
    if (!row) throw new ReportError(ReportErrorCode.NotFound);
    return toResource(row);
  }

  async list(actor: Actor, limit: number, offset: number): Promise<{ items: ReportResource[]; total: number }> {
    this.requireStaff(actor);
    const rows = await this.dataSource.query(
      `SELECT ${COLUMNS}, count(*) OVER () AS total FROM reports WHERE municipality_id = $1
        ORDER BY created_at DESC, id LIMIT $2 OFFSET $3`,
      [actor.municipalityId, limit, offset],
    );
    if (rows.length > 0) return { items: rows.map(toResource), total: Number(rows[0].total) };
    // A page past the last has no row to carry the count: ask for it.
    const [{ total }] = await this.dataSource.query(
      'SELECT count(*)::int AS total FROM reports WHERE municipality_id = $1',
      [actor.municipalityId],
    );
    return { items: [], total };
  }

  /** The built file, streamed from disk. */
  async file(actor: Actor, id: string): Promise<{ report: ReportResource; stream: ReadStream }> {
    const report = await this.get(actor, id);
    if (report.status !== 'ready') throw new ReportError(ReportErrorCode.NotReady, { reportStatus: report.status });
    return { report, stream: createReadStream(reportPath(this.dataDir, report.id, report.kind)) };
  }

  private requireStaff(actor: Actor): void {
    if (!actor.municipalityId || !hasRole(actor, 'secretariat', 'admin')) {
      throw new ReportError(ReportErrorCode.NotAllowed);
    }
  }
}
