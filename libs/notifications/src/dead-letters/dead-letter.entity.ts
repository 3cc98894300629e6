import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A job that failed its last attempt, kept for its municipality's staff to send again. */
@Entity('dead_letters')
export class DeadLetterEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text') queue: string;
  @Column('text', { name: 'job_name' }) jobName: string;
  @Column('text', { name: 'job_id', unique: true }) jobId: string;
  @Column('jsonb') payload: Record<string, unknown>;
  @Column('text') error: string;
  @Column('int') attempts: number;
  @Column('timestamptz', { name: 'failed_at' }) failedAt: Date;
  @Column('timestamptz', { name: 'retried_at', nullable: true }) retriedAt: Date | null;
  /** null for a job of no municipality (or of one that no longer exists). */
  @Column('uuid', { name: 'municipality_id', nullable: true }) municipalityId: string | null;
}
