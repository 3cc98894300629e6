import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Failed logins, counted per account key over a window to rate-limit guessing. */
@Entity('login_failures')
export class LoginFailureEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column('text') key: string;
  @Column('timestamptz') at: Date;
}
