import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A file the secretariat puts on a call (募集要項, 提案書様式 …); the bytes live in the attachment store by sha256. */
@Entity('call_documents')
export class CallDocumentEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId: string;
  @Column('uuid', { name: 'call_id' }) callId: string;
  /** What the file is, as people call it: 募集要項, 提案書様式, 収支予算書様式. */
  @Column('text') title: string;
  @Column('text') filename: string;
  @Column('text', { name: 'content_type' }) contentType: string;
  @Column('int', { name: 'size_bytes' }) sizeBytes: number;
  @Column('text') sha256: string;
  @Column('uuid', { name: 'uploaded_by' }) uploadedBy: string;
  @Column('timestamptz', { name: 'uploaded_at' }) uploadedAt: Date;
}
