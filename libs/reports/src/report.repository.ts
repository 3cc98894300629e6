import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Locale } from '@kyodo/platform';
import type { ReportKind } from './report-kinds';

/** A report as the service and the worker see it. */
export interface StoredReport {
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
  createdAt: Date;
  finishedAt: Date | null;
}

export interface NewReport {
  id: string;
  municipalityId: string;
  kind: ReportKind;
  callId: string;
  proposalId: string | null;
  locale: Locale;
  requestedBy: string;
}

export interface BuiltFile {
  fileName: string;
  mediaType: string;
  byteSize: number;
  sha256: string;
}

const COLUMNS = `id, kind, call_id, proposal_id, locale, status, file_name, media_type, byte_size, sha256, error, created_at, finished_at`;

interface ReportRow {
  id: string;
  kind: ReportKind;
  call_id: string;
  proposal_id: string | null;
  locale: Locale;
  status: StoredReport['status'];
  file_name: string | null;
  media_type: string | null;
  byte_size: string | number | null;
  sha256: string | null;
  error: string | null;
  created_at: Date;
  finished_at: Date | null;
}

function toReport(row: ReportRow): StoredReport {
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
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

/** The reports table: requests, and the files the worker built for them. */
@Injectable()
export class ReportRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insertQueued(manager: EntityManager, report: NewReport): Promise<void> {
    await manager.query(
      `INSERT INTO reports (id, municipality_id, kind, call_id, proposal_id, locale, status, requested_by)
       VALUES ($1, $2, $3, $4, $5, $6, 'queued', $7)`,
      [
        report.id,
        report.municipalityId,
        report.kind,
        report.callId,
        report.proposalId,
        report.locale,
        report.requestedBy,
      ],
    );
  }

  async find(municipalityId: string, id: string): Promise<StoredReport | null> {
    const [row]: ReportRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM reports WHERE id = $1 AND municipality_id = $2`,
      [id, municipalityId],
    );
    return row ? toReport(row) : null;
  }

  /** A page of the municipality's reports, newest first, and how many there are in all. */
  async page(municipalityId: string, limit: number, offset: number): Promise<{ items: StoredReport[]; total: number }> {
    const rows: Array<ReportRow & { total: string | number }> = await this.db.query(
      `SELECT ${COLUMNS}, count(*) OVER () AS total FROM reports WHERE municipality_id = $1
        ORDER BY created_at DESC, id LIMIT $2 OFFSET $3`,
      [municipalityId, limit, offset],
    );
    if (rows.length > 0) return { items: rows.map(toReport), total: Number(rows[0]!.total) };
    // A page past the last has no row to carry the count: ask for it.
    const [{ total }]: Array<{ total: number }> = await this.db.query(
      'SELECT count(*)::int AS total FROM reports WHERE municipality_id = $1',
      [municipalityId],
    );
    return { items: [], total };
  }

  /** Marks a queued report ready with its file; a report no longer queued is left as it is. */
  async markReady(id: string, file: BuiltFile): Promise<void> {
    await this.db.query(
      `UPDATE reports SET status = 'ready', file_name = $2, media_type = $3, byte_size = $4, sha256 = $5, finished_at = now()
        WHERE id = $1 AND status = 'queued'`,
      [id, file.fileName, file.mediaType, file.byteSize, file.sha256],
    );
  }

  async markFailed(id: string, reason: string): Promise<void> {
    await this.db.query(
      `UPDATE reports SET status = 'failed', error = $2, finished_at = now() WHERE id = $1 AND status = 'queued'`,
      [id, reason],
    );
  }
}
