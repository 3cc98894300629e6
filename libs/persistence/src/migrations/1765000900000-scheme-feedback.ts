import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 制度の振り返りアンケート: answers and receipts in two tables with no link between them. An answer keeps only its
 * municipality, fiscal year and stage beside the ratings and the free text — no account, proposal, organisation or
 * time, and a random id. A receipt says only that an account has answered a stage of a proposal, so that nobody
 * answers twice; it keeps no time and no trace of the answer.
 */
export class SchemeFeedback1765000900000 implements MigrationInterface {
  name = 'SchemeFeedback1765000900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE feedback_answers (
      id uuid PRIMARY KEY,
      municipality_id uuid NOT NULL REFERENCES municipalities (id),
      fiscal_year int NOT NULL,
      stage text NOT NULL,
      ratings jsonb NOT NULL,
      comment text
    )`);
    await q.query('CREATE INDEX feedback_answers_year ON feedback_answers (municipality_id, fiscal_year)');
    await q.query(`CREATE TABLE feedback_receipts (
      user_id uuid NOT NULL REFERENCES users (id),
      proposal_id uuid NOT NULL REFERENCES proposals (id),
      stage text NOT NULL,
      PRIMARY KEY (user_id, proposal_id, stage)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE feedback_receipts');
    await q.query('DROP TABLE feedback_answers');
  }
}
