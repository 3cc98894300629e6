import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Category } from '../message-catalogue';

/** How one user wants one category of notice by e-mail; absent means immediate. */
@Entity('notification_preferences')
export class NotificationPreferenceEntity {
  @PrimaryColumn('uuid', { name: 'user_id' }) userId: string;
  @PrimaryColumn('text') category: Category;
  @Column('text') mode: 'immediate' | 'digest' | 'off';
}
