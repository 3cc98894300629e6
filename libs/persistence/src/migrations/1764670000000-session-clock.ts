import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The meeting's slot timer, kept with the session so every tablet in the room shows the same countdown: which
 * agenda item, which part (presentation or questions), running or not, and the seconds left when it was set.
 */
export class SessionClock1764670000000 implements MigrationInterface {
  name = 'SessionClock1764670000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE evaluation_sessions ADD COLUMN clock jsonb');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE evaluation_sessions DROP COLUMN clock');
  }
}
