import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Login attempts per account key, counted over a window to rate-limit
 * guessing. A row is written before the password is checked (a reservation)
 * and stays as the failure; a success removes the key's rows.
 */
@Entity('login_failures')
export class LoginFailureEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column('text') key: string;
  @Column('timestamptz') at: Date;
}
