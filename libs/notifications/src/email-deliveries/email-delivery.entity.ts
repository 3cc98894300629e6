import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An e-mail of its own (a daily digest), recorded before it is sent; its id is named by `deliveryKey`. */
@Entity('email_deliveries')
export class EmailDeliveryEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text', { name: 'delivery_key' }) deliveryKey: string;
  @Column('uuid', { name: 'municipality_id', nullable: true }) municipalityId: string | null;
  /** null: to someone with no account yet (a group's registration). */
  @Column('uuid', { name: 'user_id', nullable: true }) userId: string | null;
  @Column('text') recipient: string;
  @Column('text') subject: string;
  @Column('text', { name: 'message_id' }) messageId: string;
  @Column('text') status: 'sending' | 'sent';
  @Column('int', { default: 0 }) attempts: number;
  @Column('timestamptz', { name: 'claimed_until', nullable: true }) claimedUntil: Date | null;
  @Column('text', { name: 'last_error', nullable: true }) lastError: string | null;
  @Column('timestamptz', { name: 'sent_at', nullable: true }) sentAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
