import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import LANDED from './migrations/landed.json';

/**
 * A migration that has run somewhere is history: editing it changes nothing
 * where it already ran and something else where it runs next. Each landed
 * migration file is held to the checksum it landed with; a change goes in a
 * new migration. A new migration is added to migrations/landed.json with its
 * checksum (`sha256sum`) in the commit that adds it.
 */
const DIRECTORY = join(__dirname, 'migrations');
const checksum = (file: string) =>
  createHash('sha256')
    .update(readFileSync(join(DIRECTORY, file)))
    .digest('hex');
const migrationFiles = () => readdirSync(DIRECTORY).filter((file) => /^\d+-.+\.ts$/.test(file));

describe('landed migrations', () => {
  it.each(Object.entries(LANDED as Record<string, string>))('%s is as it landed', (file, landed) => {
    expect(migrationFiles()).toContain(file);
    expect(checksum(file)).toBe(landed);
  });

  it('lists every migration file in migrations/landed.json', () => {
    const unlisted = migrationFiles().filter((file) => !(file in LANDED));
    expect(unlisted).toEqual([]);
  });
});
