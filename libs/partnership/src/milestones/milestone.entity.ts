import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { MilestoneStatus } from './milestone';

/** 工程: a step of the project's plan, recorded by a partner or the secretariat. */
@Entity('milestones')
export class MilestoneEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId: string;
  @Column('uuid', { name: 'proposal_id' }) proposalId: string;
  @Column('text') title: string;
  @Column('date', { name: 'due_on', nullable: true }) dueOn: string | null;
  @Column('text') status: MilestoneStatus;
  @Column('timestamptz', { name: 'done_at', nullable: true }) doneAt: Date | null;
  @Column('date', { name: 'done_on', nullable: true }) doneOn: string | null;
  @Column('text', { name: 'delay_note', nullable: true }) delayNote: string | null;
  @Column('uuid', { name: 'recorded_by' }) recordedBy: string;
  @Column('uuid', { name: 'updated_by', nullable: true }) updatedBy: string | null;
  @Column('timestamptz', { name: 'updated_at', nullable: true }) updatedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
