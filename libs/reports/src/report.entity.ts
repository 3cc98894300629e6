import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { Locale } from '@kyodo/platform';
import type { ReportKind } from './report-kinds';

/** A report asked for by the secretariat: queued, then built by the worker into a file under the data directory. */
@Entity('reports')
export class ReportEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId: string;
  @Column('text') kind: ReportKind;
  @Column('uuid', { name: 'call_id' }) callId: string;
  /** The proposal of an evaluation sheet; null for the call-wide kinds. */
  @Column('uuid', { name: 'proposal_id', nullable: true }) proposalId: string | null;
  @Column('text') locale: Locale;
  @Column('text') status: 'queued' | 'ready' | 'failed';
  @Column('uuid', { name: 'requested_by' }) requestedBy: string;
  @Column('text', { name: 'file_name', nullable: true }) fileName: string | null;
  @Column('text', { name: 'media_type', nullable: true }) mediaType: string | null;
  @Column('bigint', {
    name: 'byte_size',
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  byteSize: number | null;
  @Column('text', { nullable: true }) sha256: string | null;
  @Column('text', { nullable: true }) error: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'finished_at', nullable: true }) finishedAt: Date | null;
}
