import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ProposalAttachmentEntity } from './proposal-attachment.entity';

/** Files attached to proposals: the proposal_attachments table (the bytes live in the AttachmentStore). */
@Injectable()
export class AttachmentRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async countFor(proposalId: string): Promise<number> {
    const [{ count }]: Array<{ count: number }> = await this.db.query(
      'SELECT count(*)::int AS count FROM proposal_attachments WHERE proposal_id = $1',
      [proposalId],
    );
    return count;
  }

  async insert(manager: EntityManager, row: ProposalAttachmentEntity): Promise<void> {
    await manager.insert(ProposalAttachmentEntity, row);
  }

  listFor(proposalId: string): Promise<ProposalAttachmentEntity[]> {
    return this.db
      .getRepository(ProposalAttachmentEntity)
      .find({ where: { proposalId }, order: { uploadedAt: 'ASC' } });
  }

  findOne(proposalId: string, attachmentId: string): Promise<ProposalAttachmentEntity | null> {
    return this.db.getRepository(ProposalAttachmentEntity).findOneBy({ id: attachmentId, proposalId });
  }

  /** Deletes the row and answers it; null when the proposal has no such attachment. The bytes stay in the store. */
  async remove(
    manager: EntityManager,
    proposalId: string,
    attachmentId: string,
  ): Promise<ProposalAttachmentEntity | null> {
    const row = await manager.findOneBy(ProposalAttachmentEntity, { id: attachmentId, proposalId });
    if (!row) return null;
    await manager.delete(ProposalAttachmentEntity, { id: attachmentId, proposalId });
    return row;
  }
}
