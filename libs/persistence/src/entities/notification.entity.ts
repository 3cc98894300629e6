import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** In-app inbox entry. Its id is named by `deliveryKey`, which makes a re-run job a no-op. */
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
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
