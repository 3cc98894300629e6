import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * やさしい日本語 versions of a published 講評: the decision's comment and the end-of-term assessment's comment join the
 * call's description as texts a version can translate (subject_id is then the proposal's id).
 */
export class PlainJapaneseComments1765001300000 implements MigrationInterface {
  name = 'PlainJapaneseComments1765001300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE plain_japanese_versions DROP CONSTRAINT plain_japanese_versions_subject_check');
    await q.query(
      `ALTER TABLE plain_japanese_versions ADD CONSTRAINT plain_japanese_versions_subject_check
        CHECK (subject IN ('call_description', 'decision_comment', 'assessment_comment'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM plain_japanese_versions WHERE subject <> 'call_description'`);
    await q.query('ALTER TABLE plain_japanese_versions DROP CONSTRAINT plain_japanese_versions_subject_check');
    await q.query(
      `ALTER TABLE plain_japanese_versions ADD CONSTRAINT plain_japanese_versions_subject_check
        CHECK (subject IN ('call_description'))`,
    );
  }
}
