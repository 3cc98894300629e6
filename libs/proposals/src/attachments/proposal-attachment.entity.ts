import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A file attached to a proposal; the bytes live in the attachment store under their sha256. */
@Entity('proposal_attachments')
export class ProposalAttachmentEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId: string;
  @Column('uuid', { name: 'proposal_id' }) proposalId: string;
  @Column('text') filename: string;
  @Column('text', { name: 'content_type' }) contentType: string;
  @Column('int', { name: 'size_bytes' }) sizeBytes: number;
  @Column('text') sha256: string;
  @Column('uuid', { name: 'uploaded_by' }) uploadedBy: string;
  @Column('timestamptz', { name: 'uploaded_at' }) uploadedAt: Date;
}
