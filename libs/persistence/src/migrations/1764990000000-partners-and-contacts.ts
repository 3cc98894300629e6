import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Both sides of a partnership as records: an organisation's own contact details (連絡先, kept in a table of their own
 * so that no read of `organizations` can carry them to a public answer by accident); the citizen groups a
 * department's proposal names as its partners (協働相手), frozen with each submitted version; and the agreement's
 * full list of parties with the contact details the 協定書 prints.
 */
export class PartnersAndContacts1764990000000 implements MigrationInterface {
  name = 'PartnersAndContacts1764990000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE organization_contacts (
      organization_id uuid PRIMARY KEY REFERENCES organizations (id),
      municipality_id uuid NOT NULL REFERENCES municipalities (id),
      postal_code text NOT NULL DEFAULT '',
      address text NOT NULL DEFAULT '',
      phone text NOT NULL DEFAULT '',
      email text NOT NULL DEFAULT '',
      representative_name text NOT NULL DEFAULT '',
      representative_title text NOT NULL DEFAULT '',
      contact_person text NOT NULL DEFAULT '',
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by uuid
    )`);
    await q.query(`ALTER TABLE proposals ADD COLUMN partner_group_ids uuid[] NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE proposal_versions ADD COLUMN partner_group_ids uuid[] NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE agreements ADD COLUMN parties jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE agreements DROP COLUMN parties');
    await q.query('ALTER TABLE proposal_versions DROP COLUMN partner_group_ids');
    await q.query('ALTER TABLE proposals DROP COLUMN partner_group_ids');
    await q.query('DROP TABLE organization_contacts');
  }
}
