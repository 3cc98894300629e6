import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CROSSINGS_NOT_YET_FOLDED, QUERIES_OUTSIDE_REPOSITORIES_NOT_YET_FOLDED, TABLE_OWNERS } from './table-owners';

const root = join(__dirname, '..', '..');

/** The parts whose source is checked: each library and each server app (the web app sends no SQL). */
function parts(): string[] {
  const dirs = ['libs', 'apps'].flatMap((top) => readdirSync(join(root, top)).map((name) => `${top}/${name}`));
  return dirs.filter((dir) => dir !== 'apps/web' && dir !== 'libs/testing' && statSync(join(root, dir)).isDirectory());
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'migrations' && entry.name !== 'node_modules') out.push(...sourceFiles(path));
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) {
      out.push(path);
    }
  }
  return out;
}

/** Entity class name → table, read from every `@Entity('table')` in the tree. */
function entityTables(files: string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/@Entity\(\s*'([a-z_]+)'[^)]*\)\s*export class (\w+)/g))
      map.set(match[2], match[1]);
  }
  return map;
}

const SQL_NAMING = (table: string) =>
  new RegExp(`\\b(?:FROM|JOIN|INTO|UPDATE|TABLE|EXISTS)\\s+(?:ONLY\\s+)?"?${table}"?(?![\\w"])`, 'i');

/** The code of a file without its comments (a comment may say "rows into the outbox"). */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/\s\/\/\s.*$/gm, '');
}

/** The tables a file names in SQL or through an entity class. */
function tablesNamed(source: string, entities: Map<string, string>): Set<string> {
  const text = code(source);
  const named = new Set<string>();
  for (const table of Object.keys(TABLE_OWNERS)) if (SQL_NAMING(table).test(text)) named.add(table);
  for (const [entity, table] of entities) if (new RegExp(`\\b${entity}\\b`).test(text)) named.add(table);
  return named;
}

describe('each table has one owner', () => {
  const allParts = parts();
  const filesByPart = new Map(allParts.map((part) => [part, sourceFiles(join(root, part))]));
  // The shared entity folder is where entities wait to move into their owners; it names every table by design.
  const sharedEntities = join(root, 'libs/persistence/src/entities');
  const entities = entityTables([...filesByPart.values()].flat());
  const migrationRunner = join(root, 'libs/persistence/src/data-source.ts');
  /** Runs the named statements that repositories hold; it names no table itself. */
  const statementRunner = join(root, 'libs/persistence/src/prepared-statements.ts');

  it('names every table of the migrations in the ownership map', () => {
    const migrations = sourceFilesIncludingMigrations(join(root, 'libs/persistence/src/migrations'));
    const created = new Set<string>();
    for (const file of migrations) {
      for (const match of readFileSync(file, 'utf8').matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?([a-z_]+)/g)) {
        created.add(match[1]);
      }
    }
    expect([...created].filter((table) => !(table in TABLE_OWNERS))).toEqual([]);
  });

  it('finds no part naming a table it does not own, but for the listed crossings', () => {
    const crossings: Record<string, string[]> = {};
    for (const [part, files] of filesByPart) {
      const foreign = new Set<string>();
      for (const file of files) {
        if (file.startsWith(sharedEntities)) continue;
        for (const table of tablesNamed(readFileSync(file, 'utf8'), entities)) {
          if (TABLE_OWNERS[table] !== part) foreign.add(table);
        }
      }
      if (foreign.size > 0) crossings[part] = [...foreign].sort();
    }
    expect(crossings).toEqual(CROSSINGS_NOT_YET_FOLDED);
  });

  it('sends SQL through .query( only in repositories and migrations, but for the listed files', () => {
    const offenders: string[] = [];
    for (const files of filesByPart.values()) {
      for (const file of files) {
        // Repositories hold the SQL; the migration runner is the migrations' own, the statement runner theirs.
        if (file.endsWith('.repository.ts') || file === migrationRunner || file === statementRunner) continue;
        if (/\.query\s*(?:<[^>]*>)?\(/.test(code(readFileSync(file, 'utf8')))) offenders.push(relative(root, file));
      }
    }
    expect(offenders.sort()).toEqual([...QUERIES_OUTSIDE_REPOSITORIES_NOT_YET_FOLDED].sort());
  });
});

function sourceFilesIncludingMigrations(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(dir, name));
}
