import { randomUUID } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { BlobStore } from '@kyodo/blobs';
import { AppConfig } from '@kyodo/config';
import { AgreementDocuments } from '@kyodo/partnership';
import { type Actor, hasRole, type Locale } from '@kyodo/platform';
import { CallRepository, ProposalError, ProposalErrorCode, ProposalRepository } from '@kyodo/proposals';
import { enqueueInOutbox } from '@kyodo/queues';
import { ReportError, ReportErrorCode } from './report-errors';
import type { ReportKind } from './report-kinds';
import { ReportRepository, type StoredReport } from './report.repository';
import { reportPath } from './report-storage';

/** The kinds written for one proposal of the call (the others cover the whole call). */
const WITH_PROPOSAL: ReportKind[] = ['evaluation-sheet-pdf', 'agreement-pdf'];

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

function toResource(report: StoredReport): ReportResource {
  return {
    ...report,
    createdAt: new Date(report.createdAt).toISOString(),
    finishedAt: report.finishedAt ? new Date(report.finishedAt).toISOString() : null,
  };
}

/**
 * Asking for a report records it and its build job in one transaction and
 * answers at once (202); the worker builds the file. Reports hold scores and
 * reviewers' names, so only the secretariat and admins of the municipality
 * may ask for them or read them.
 */
@Injectable()
export class ReportsService {
  private readonly dataDir: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportRepository,
    private readonly calls: CallRepository,
    private readonly proposals: ProposalRepository,
    private readonly agreements: AgreementDocuments,
    private readonly blobs: BlobStore,
    config: AppConfig,
  ) {
    this.dataDir = config.KYODO_DATA_DIR;
  }

  async request(actor: Actor, input: ReportRequest): Promise<ReportResource> {
    const municipalityId = this.requireStaff(actor);
    const call = await this.calls.findById(input.callId);
    if (!call || call.municipalityId !== municipalityId) throw new ProposalError(ProposalErrorCode.CallNotFound);
    if (input.kind === 'evaluation-sheet-pdf') {
      const proposal = input.proposalId ? await this.proposals.findById(input.proposalId) : null;
      if (!proposal || proposal.callId !== input.callId || proposal.receiptNumber === null)
        throw new ReportError(ReportErrorCode.ProposalRequired);
    }
    if (input.kind === 'agreement-pdf') {
      const proposal = input.proposalId ? await this.proposals.findById(input.proposalId) : null;
      const concluded =
        proposal && proposal.callId === input.callId
          ? await this.agreements.concluded(municipalityId, proposal.id)
          : null;
      if (!concluded) throw new ReportError(ReportErrorCode.AgreementRequired);
    }
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      await this.reports.insertQueued(manager, {
        id,
        municipalityId,
        kind: input.kind,
        callId: input.callId,
        proposalId: WITH_PROPOSAL.includes(input.kind) ? (input.proposalId ?? null) : null,
        locale: input.locale ?? actor.locale,
        requestedBy: actor.userId,
      });
      await enqueueInOutbox(manager, {
        name: 'report.build',
        municipalityId: actor.municipalityId,
        payload: { municipalityId, reportId: id },
        effectKey: `report:${id}`,
      });
    });
    return this.get(actor, id);
  }

  async get(actor: Actor, id: string): Promise<ReportResource> {
    const row = await this.reports.find(this.requireStaff(actor), id);
    if (!row) throw new ReportError(ReportErrorCode.NotFound);
    return toResource(row);
  }

  async list(actor: Actor, limit: number, offset: number): Promise<{ items: ReportResource[]; total: number }> {
    const page = await this.reports.page(this.requireStaff(actor), limit, offset);
    return { items: page.items.map(toResource), total: page.total };
  }

  /**
   * The built file, streamed from the blob store; a report an earlier version built into `<dataDir>/reports` is
   * still read from there.
   */
  async file(actor: Actor, id: string): Promise<{ report: ReportResource; stream: Readable }> {
    const report = await this.get(actor, id);
    if (report.status !== 'ready') throw new ReportError(ReportErrorCode.NotReady, { reportStatus: report.status });
    const stored = report.sha256 ? await this.blobs.open(report.sha256) : null;
    if (stored) return { report, stream: stored };
    const legacy = reportPath(this.dataDir, report.id, report.kind);
    if (existsSync(legacy)) return { report, stream: createReadStream(legacy) };
    throw new Error(`report ${report.id} is ready but its file is in neither the database nor ${legacy}`);
  }

  /** The staff member's municipality: reports are read and asked for within it only. */
  private requireStaff(actor: Actor): string {
    if (!actor.municipalityId || !hasRole(actor, 'secretariat', 'admin')) {
      throw new ReportError(ReportErrorCode.NotAllowed);
    }
    return actor.municipalityId;
  }
}
