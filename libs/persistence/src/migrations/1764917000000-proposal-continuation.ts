import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 継続事業: a call says whether a project may continue from an earlier year's adoption and for how many consecutive
 * years at most (the first year counts as 1); a proposal names the proposal it continues, and each submitted version
 * keeps the link it was submitted with.
 */
export class ProposalContinuation1764917000000 implements MigrationInterface {
  name = 'ProposalContinuation1764917000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE calls
      ADD COLUMN continuation_allowed boolean NOT NULL DEFAULT false,
      ADD COLUMN continuation_max_years int NOT NULL DEFAULT 3 CHECK (continuation_max_years BETWEEN 2 AND 10)`);
    await q.query('ALTER TABLE proposals ADD COLUMN predecessor_id uuid REFERENCES proposals (id)');
    await q.query(
      'CREATE INDEX proposals_predecessor_idx ON proposals (predecessor_id) WHERE predecessor_id IS NOT NULL',
    );
    await q.query('ALTER TABLE proposal_versions ADD COLUMN predecessor_id uuid REFERENCES proposals (id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE proposal_versions DROP COLUMN predecessor_id');
    await q.query('DROP INDEX proposals_predecessor_idx');
    await q.query('ALTER TABLE proposals DROP COLUMN predecessor_id');
    await q.query('ALTER TABLE calls DROP COLUMN continuation_allowed, DROP COLUMN continuation_max_years');
  }
}
