import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { appendAudit } from '@kyodo/audit';
import { AppConfig } from '@kyodo/config';
import { type Actor, Clock, NotFoundError } from '@kyodo/platform';
import { AttachmentRepository } from './attachments/attachment.repository';
import type { ProposalAttachmentEntity } from './attachments/proposal-attachment.entity';
import { AttachmentStore } from './attachment-store';
import { detectAttachmentType, safeFilename } from './attachment-types';
import { isOwner } from './proposal-access';
import { ProposalError, ProposalErrorCode } from './proposal-errors';
import { ProposalRows } from './proposal-rows';
import { ProposalRepository } from './proposals/proposal.repository';

export interface AttachmentLimits {
  maxBytes: number;
  maxPerProposal: number;
}

/** Files per proposal; fixed (only the size limit is configured). */
const MAX_ATTACHMENTS_PER_PROPOSAL = 20;

const EDITABLE_STATES = ['draft', 'submitted.revisionRequested'];

/** Files attached to a proposal by its organisation while it can still be edited. */
@Injectable()
export class AttachmentsService {
  private readonly limits: AttachmentLimits;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly attachments: AttachmentRepository,
    private readonly rows: ProposalRows,
    private readonly proposals: ProposalRepository,
    private readonly store: AttachmentStore,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.limits = { maxBytes: config.ATTACHMENT_MAX_BYTES, maxPerProposal: MAX_ATTACHMENTS_PER_PROPOSAL };
  }

  async add(actor: Actor, proposalId: string, filename: string, data: Buffer): Promise<ProposalAttachmentEntity> {
    const proposal = await this.rows.visible(actor, proposalId);
    if (!isOwner(actor, proposal)) throw new ProposalError(ProposalErrorCode.NotAllowed);
    if (!EDITABLE_STATES.includes(proposal.state)) {
      throw new ProposalError(ProposalErrorCode.NotEditable, { state: proposal.state });
    }
    if (data.length === 0 || data.length > this.limits.maxBytes) {
      throw new ProposalError(ProposalErrorCode.AttachmentRejected, { reason: 'size', maxBytes: this.limits.maxBytes });
    }
    const type = detectAttachmentType(data);
    if (!type) {
      throw new ProposalError(ProposalErrorCode.AttachmentRejected, {
        reason: 'type',
        accepted: ['pdf', 'png', 'jpg', 'docx', 'xlsx'],
      });
    }
    const count = await this.attachments.countFor(proposalId);
    if (count >= this.limits.maxPerProposal) {
      throw new ProposalError(ProposalErrorCode.AttachmentRejected, {
        reason: 'count',
        max: this.limits.maxPerProposal,
      });
    }
    const sha256 = await this.store.put(data);
    const row: ProposalAttachmentEntity = {
      id: randomUUID(),
      municipalityId: proposal.municipalityId,
      proposalId,
      filename: safeFilename(filename, type.extension),
      contentType: type.contentType,
      sizeBytes: data.length,
      sha256,
      uploadedBy: actor.userId,
      uploadedAt: this.clock.now(),
    };
    await this.dataSource.transaction(async (manager) => {
      await this.attachments.insert(manager, row);
      await appendAudit(manager, {
        municipalityId: proposal.municipalityId,
        stream: `proposal:${proposalId}`,
        action: 'proposal.attachment_added',
        actorId: actor.userId,
        actorRole: 'owner',
        requestId: actor.requestId,
        after: { id: row.id, filename: row.filename, sha256, sizeBytes: row.sizeBytes },
        at: row.uploadedAt,
      });
    });
    return row;
  }

  /**
   * Removes a file the organisation attached, while the proposal can still be edited. The proposal is locked
   * and its state read again inside the transaction: a removal racing a SUBMIT either lands before it or is refused,
   * so what the secretariat screens is what was sent. The bytes stay in the store (the audit names their sha256).
   */
  async remove(actor: Actor, proposalId: string, attachmentId: string): Promise<void> {
    const proposal = await this.rows.visible(actor, proposalId);
    if (!isOwner(actor, proposal)) throw new ProposalError(ProposalErrorCode.NotAllowed);
    await this.dataSource.transaction(async (manager) => {
      const state = await this.proposals.lockedState(manager, proposalId);
      if (!state || !EDITABLE_STATES.includes(state)) {
        throw new ProposalError(ProposalErrorCode.NotEditable, { state });
      }
      const row = await this.attachments.remove(manager, proposalId, attachmentId);
      if (!row) throw new NotFoundError({ ja: '添付ファイル', en: 'The attachment' });
      await appendAudit(manager, {
        municipalityId: proposal.municipalityId,
        stream: `proposal:${proposalId}`,
        action: 'proposal.attachment_removed',
        actorId: actor.userId,
        actorRole: 'owner',
        requestId: actor.requestId,
        before: { id: row.id, filename: row.filename, sha256: row.sha256, sizeBytes: row.sizeBytes },
        at: this.clock.now(),
      });
    });
  }

  async list(actor: Actor, proposalId: string): Promise<ProposalAttachmentEntity[]> {
    await this.rows.visible(actor, proposalId);
    return this.attachments.listFor(proposalId);
  }

  async open(
    actor: Actor,
    proposalId: string,
    attachmentId: string,
  ): Promise<{ meta: ProposalAttachmentEntity; stream: Readable }> {
    await this.rows.visible(actor, proposalId);
    const meta = await this.attachments.findOne(proposalId, attachmentId);
    if (!meta) throw new NotFoundError({ ja: '添付ファイル', en: 'The attachment' });
    return { meta, stream: await this.store.open(meta.sha256) };
  }
}
