import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 採点票: the scores and comments of one assignment, against the rubric version it was opened with. */
@Entity('score_sheets')
export class ScoreSheetEntity {
  @PrimaryColumn('uuid', { name: 'assignment_id' }) assignmentId: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId: string;
  @Column('uuid', { name: 'rubric_id' }) rubricId: string;
  @Column('jsonb', { default: {} }) scores: Record<string, number>;
  @Column('jsonb', { default: {} }) comments: Record<string, string>;
  @Column('timestamptz', { name: 'submitted_at', nullable: true }) submittedAt: Date | null;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt: Date;
}
