import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One questionnaire answer, deliberately without a link to the person: no account, proposal, organisation or time;
 * a random id. Only the municipality (whose secretariat reads it), the fiscal year and the stage.
 */
@Entity('feedback_answers')
export class FeedbackAnswerEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId: string;
  @Column('int', { name: 'fiscal_year' }) fiscalYear: number;
  @Column('text') stage: string;
  /** Question key → rating 1–5. */
  @Column('jsonb') ratings: Record<string, number>;
  @Column('text', { nullable: true }) comment: string | null;
}
