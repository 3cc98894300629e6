import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A side effect written in the same transaction as the change that caused it. */
@Entity('outbox')
export class OutboxMessageEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'municipality_id', nullable: true }) municipalityId: string | null;
  @Column('text') queue: string;
  @Column('text', { name: 'job_name' }) jobName: string;
  @Column('jsonb') payload: unknown;
  /** When set, the relay delays the job until then (timers). */
  @Column('timestamptz', { name: 'deliver_at', nullable: true }) deliverAt: Date | null;
  /** Deterministic BullMQ job id: a duplicate add is a no-op. */
  @Column('text', { name: 'job_id' }) jobId: string;
  @Column('timestamptz', { name: 'claimed_until', nullable: true }) claimedUntil: Date | null;
  /** Held back for a batch announcement of this call; the relay skips it until released. */
  @Column('uuid', { name: 'held_for_call', nullable: true }) heldForCall: string | null;
  @Column('timestamptz', { name: 'dispatched_at', nullable: true }) dispatchedAt: Date | null;
  @Column('int', { default: 0 }) attempts: number;
  @Column('text', { name: 'last_error', nullable: true }) lastError: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
