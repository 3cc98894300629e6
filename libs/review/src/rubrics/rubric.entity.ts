import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { RubricDefinition, Stage } from '../rubric-definition';

/** One version of a call's rubric for a stage; frozen once a score sheet opens with it. */
@Entity('rubrics')
export class RubricEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId: string;
  @Column('uuid', { name: 'call_id' }) callId: string;
  @Column('text') stage: Stage;
  @Column('int') version: number;
  @Column('jsonb') definition: RubricDefinition;
  @Column('timestamptz', { name: 'frozen_at', nullable: true }) frozenAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
