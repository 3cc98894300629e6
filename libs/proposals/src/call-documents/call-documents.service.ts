import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { appendAudit } from '@kyodo/audit';
import { AppConfig } from '@kyodo/config';
import { type Actor, Clock, hasRole, NotFoundError } from '@kyodo/platform';
import { AttachmentStore } from '../attachment-store';
import { detectAttachmentType, safeFilename } from '../attachment-types';
import { CallRepository } from '../calls/call.repository';
import type { CallEntity } from '../calls/call.entity';
import { ProposalError, ProposalErrorCode } from '../proposal-errors';
import { CallDocumentRepository } from './call-document.repository';
import type { CallDocumentEntity } from './call-document.entity';

/** A call's documents are for reading and filling in: a PDF, a Word or an Excel form; never an image. */
const DOCUMENT_EXTENSIONS = ['pdf', 'docx', 'xlsx'];

/** Files per call: a 募集要項, its forms and a few notes; more is a sign of a mistake. */
const MAX_DOCUMENTS_PER_CALL = 20;

/**
 * 募集要項 and 様式: files the secretariat puts on a call, checked as a proposal's attachments are (type by content,
 * size cap, macros and active content refused). Members of the municipality read them always; the public once the
 * call is announced (its submission period has opened).
 */
@Injectable()
export class CallDocumentsService {
  private readonly maxBytes: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: CallDocumentRepository,
    private readonly calls: CallRepository,
    private readonly store: AttachmentStore,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.maxBytes = config.ATTACHMENT_MAX_BYTES;
  }

  async add(actor: Actor, callId: string, title: string, filename: string, data: Buffer): Promise<CallDocumentEntity> {
    const call = await this.callOf(actor, callId);
    if (!hasRole(actor, 'secretariat')) throw new ProposalError(ProposalErrorCode.NotAllowed);
    if (data.length === 0 || data.length > this.maxBytes) {
      throw new ProposalError(ProposalErrorCode.AttachmentRejected, { reason: 'size', maxBytes: this.maxBytes });
    }
    const type = detectAttachmentType(data);
    if (!type || !DOCUMENT_EXTENSIONS.includes(type.extension)) {
      throw new ProposalError(ProposalErrorCode.AttachmentRejected, { reason: 'type', accepted: DOCUMENT_EXTENSIONS });
    }
    if ((await this.documents.countFor(callId)) >= MAX_DOCUMENTS_PER_CALL) {
      throw new ProposalError(ProposalErrorCode.AttachmentRejected, { reason: 'count', max: MAX_DOCUMENTS_PER_CALL });
    }
    const row: CallDocumentEntity = {
      id: randomUUID(),
      municipalityId: call.municipalityId,
      callId,
      title: title.trim(),
      filename: safeFilename(filename, type.extension),
      contentType: type.contentType,
      sizeBytes: data.length,
      sha256: await this.store.put(data),
      uploadedBy: actor.userId,
      uploadedAt: this.clock.now(),
    };
    await this.dataSource.transaction(async (manager) => {
      await this.documents.insert(manager, row);
      await this.audit(manager, actor, call, 'call.document_added', null, {
        id: row.id,
        title: row.title,
        filename: row.filename,
        sha256: row.sha256,
      });
    });
    return row;
  }

  async remove(actor: Actor, callId: string, documentId: string): Promise<void> {
    const call = await this.callOf(actor, callId);
    if (!hasRole(actor, 'secretariat')) throw new ProposalError(ProposalErrorCode.NotAllowed);
    const document = await this.documents.findOne(callId, documentId);
    if (!document) throw notFound();
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.documents.delete(manager, callId, documentId))) throw notFound();
      await this.audit(manager, actor, call, 'call.document_removed', { id: document.id, title: document.title }, null);
    });
  }

  async list(actor: Actor, callId: string): Promise<CallDocumentEntity[]> {
    await this.callOf(actor, callId);
    return this.documents.listFor(callId);
  }

  async open(actor: Actor, callId: string, documentId: string) {
    await this.callOf(actor, callId);
    return this.opened(await this.documents.findOne(callId, documentId));
  }

  /** Anyone's download, once the call is announced; before that the file is simply not found. */
  async openPublic(callId: string, documentId: string) {
    const call = await this.calls.findById(callId);
    if (!call || !this.announced(call)) throw notFound();
    return this.opened(await this.documents.findOne(callId, documentId));
  }

  /** A call is announced once its submission period has opened: the public listing shows its files from then. */
  announced(call: Pick<CallEntity, 'submissionOpensAt'>): boolean {
    return call.submissionOpensAt.getTime() <= this.clock.now().getTime();
  }

  private async opened(meta: CallDocumentEntity | null): Promise<{ meta: CallDocumentEntity; stream: Readable }> {
    if (!meta) throw notFound();
    return { meta, stream: await this.store.open(meta.sha256) };
  }

  /** Another municipality's call is simply not found. */
  private async callOf(actor: Actor, callId: string): Promise<CallEntity> {
    const call = await this.calls.findById(callId);
    if (!call || call.municipalityId !== actor.municipalityId) throw new ProposalError(ProposalErrorCode.CallNotFound);
    return call;
  }

  private audit(
    manager: EntityManager,
    actor: Actor,
    call: CallEntity,
    action: string,
    before: unknown,
    after: unknown,
  ) {
    return appendAudit(manager, {
      municipalityId: call.municipalityId,
      stream: `call:${call.id}`,
      action,
      actorId: actor.userId,
      actorRole: 'secretariat',
      requestId: actor.requestId,
      before,
      after,
      at: this.clock.now(),
    });
  }
}

const notFound = () => new NotFoundError({ ja: '募集回の資料', en: 'The call document' });
