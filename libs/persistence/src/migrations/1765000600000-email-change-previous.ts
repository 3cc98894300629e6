import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The address an e-mail change replaced, kept with the change so that the worker can tell the old address that it
 * no longer signs in (a changed address is how an account is taken over; its owner must hear of it there).
 */
export class EmailChangePrevious1765000600000 implements MigrationInterface {
  name = 'EmailChangePrevious1765000600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE email_changes ADD COLUMN previous_email text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE email_changes DROP COLUMN previous_email');
  }
}
