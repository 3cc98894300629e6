import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { appendAudit } from '@kyodo/audit';
import { ProposalAttachmentEntity } from '@kyodo/persistence';
import { type Actor, type Clock, NotFoundError } from '@kyodo/platform';
import type { AttachmentStore } from './attachment-store';
import { detectAttachmentType, safeFilename } from './attachment-types';
import { isOwner } from './proposal-access';
import { ProposalError, ProposalErrorCode } from './proposal-errors';
import { ProposalRows } from './proposal-rows';

export interface AttachmentLimits {
  maxBytes: number;
  maxPerProposal: number;
}

const EDITABLE_STATES = ['draft', 'submitted.revisionRequested'];

/** Files attached to a proposal by its organisation while it can still be edited. */
export class AttachmentsService {
  private readonly rows: ProposalRows;

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: AttachmentStore,
    private readonly clock: Clock,
    private readonly limits: AttachmentLimits,
  ) {
    this.rows = new ProposalRows(dataSource);
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
    const [{ count }] = await this.dataSource.query(
      'SELECT count(*)::int AS count FROM proposal_attachments WHERE proposal_id = $1',
      [proposalId],
    );
    if (count >= this.limits.maxPerProposal) {
      throw new ProposalError(ProposalErrorCode.AttachmentRejected, {
        reason: 'count',
        max: this.limits.maxPerProposal,
      });
    }
    const sha256 = this.store.put(data);
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
      await manager.insert(ProposalAttachmentEntity, row);
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

  async list(actor: Actor, proposalId: string): Promise<ProposalAttachmentEntity[]> {
    await this.rows.visible(actor, proposalId);
    return this.dataSource.getRepository(ProposalAttachmentEntity).find({
      where: { proposalId },
      order: { uploadedAt: 'ASC' },
    });
  }

  async open(
    actor: Actor,
    proposalId: string,
    attachmentId: string,
  ): Promise<{ meta: ProposalAttachmentEntity; stream: Readable }> {
    await this.rows.visible(actor, proposalId);
    const meta = await this.dataSource
      .getRepository(ProposalAttachmentEntity)
      .findOneBy({ id: attachmentId, proposalId });
    if (!meta) throw new NotFoundError({ ja: '添付ファイル', en: 'The attachment' });
    return { meta, stream: this.store.open(meta.sha256) };
  }
}
