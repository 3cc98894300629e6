import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * In-app inbox entry, and on the same row the state of its e-mail when the recipient gets one now. Its id is named
 * by `deliveryKey`, which makes a re-run job a no-op.
 */
@Entity('notifications')
export class NotificationEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('text') category: string;
  @Column('text') template: string;
  @Column('jsonb') params: Record<string, unknown>;
  @Column('text', { name: 'subject_ja' }) subjectJa: string;
  @Column('text', { name: 'subject_en' }) subjectEn: string;
  @Column('text', { name: 'body_ja' }) bodyJa: string;
  @Column('text', { name: 'body_en' }) bodyEn: string;
  @Column('text', { name: 'delivery_key' }) deliveryKey: string;
  @Column('timestamptz', { name: 'read_at', nullable: true }) readAt: Date | null;
  @Column('boolean', { name: 'digest_pending', default: false }) digestPending: boolean;
  /** null when no e-mail went (or goes) now: in-app only, or in the digest. */
  @Column('text', { name: 'email_to', nullable: true }) emailTo: string | null;
  @Column('text', { name: 'email_status', nullable: true }) emailStatus: 'sending' | 'sent' | null;
  @Column('int', { name: 'email_attempts', default: 0 }) emailAttempts: number;
  @Column('timestamptz', { name: 'email_claimed_until', nullable: true }) emailClaimedUntil: Date | null;
  @Column('text', { name: 'email_last_error', nullable: true }) emailLastError: string | null;
  @Column('timestamptz', { name: 'email_sent_at', nullable: true }) emailSentAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
