import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 募集年度 and 実施年度 as two fields of a call (schemes that recruit in the year before the project runs), and the
 * call's money: the form of partnership (the agreement's vocabulary), a subsidy ratio (経費の3分の2以内) and caps
 * by year of a continuing project. Existing calls recruit in the year they run.
 */
export class CallYearsAndMoney1764941800000 implements MigrationInterface {
  name = 'CallYearsAndMoney1764941800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE calls ADD COLUMN recruitment_fiscal_year int');
    await q.query('UPDATE calls SET recruitment_fiscal_year = fiscal_year');
    await q.query(`ALTER TABLE calls
      ALTER COLUMN recruitment_fiscal_year SET NOT NULL,
      ADD CONSTRAINT calls_recruitment_year_check CHECK (recruitment_fiscal_year <= fiscal_year),
      ADD COLUMN partnership_form text
        CHECK (partnership_form IN ('itaku', 'hojo', 'futankin', 'kyousai', 'kouen', 'other')),
      ADD COLUMN subsidy_ratio_numerator int,
      ADD COLUMN subsidy_ratio_denominator int,
      ADD CONSTRAINT calls_subsidy_ratio_check CHECK (
        (subsidy_ratio_numerator IS NULL AND subsidy_ratio_denominator IS NULL)
        OR (subsidy_ratio_numerator > 0 AND subsidy_ratio_numerator <= subsidy_ratio_denominator)),
      ADD COLUMN yearly_caps bigint[] NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE calls
      DROP COLUMN recruitment_fiscal_year,
      DROP COLUMN partnership_form,
      DROP COLUMN subsidy_ratio_numerator,
      DROP COLUMN subsidy_ratio_denominator,
      DROP COLUMN yearly_caps`);
  }
}
