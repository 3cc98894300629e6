import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 提案の種類: a proposal answering a call's theme is テーマ設定型 (行政提案), any other is 自由提案型, whoever proposes
 * it. Until now the only recorded dimension was the proposer's kind (`origin`), so a group answering a department's
 * theme counted as a group proposal. The type is stored beside it, backfilled from `theme_id`, and a check keeps the
 * two in step (a draft may still change its theme; the type follows).
 */
export class ProposalType1764931800000 implements MigrationInterface {
  name = 'ProposalType1764931800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE proposals ADD COLUMN proposal_type text`);
    await q.query(`UPDATE proposals SET proposal_type = CASE WHEN theme_id IS NULL THEN 'free' ELSE 'theme' END`);
    // The default serves writers that name no theme (a free proposal); the check refuses it beside a theme.
    await q.query(`ALTER TABLE proposals
      ALTER COLUMN proposal_type SET NOT NULL,
      ALTER COLUMN proposal_type SET DEFAULT 'free',
      ADD CONSTRAINT proposals_proposal_type_check CHECK (proposal_type IN ('theme', 'free')),
      ADD CONSTRAINT proposals_proposal_type_theme_check CHECK ((proposal_type = 'theme') = (theme_id IS NOT NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE proposals DROP COLUMN proposal_type');
  }
}
