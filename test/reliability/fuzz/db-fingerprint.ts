import { Client } from 'pg';

/** Row count and md5 of every row (as text, ordered by primary key) of every table. */
export type Fingerprint = Record<string, { rows: number; md5: string }>;

/**
 * Reads fingerprints over one connection. Plain catalog queries and md5 /
 * string_agg only, so PGlite answers them exactly as PostgreSQL does.
 */
export class DatabaseFingerprint {
  private constructor(
    private readonly client: Client,
    private readonly queries: Array<[string, string]>,
  ) {}

  static async connect(url: string): Promise<DatabaseFingerprint> {
    const client = new Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ table: string; keys: string[] | null }>(`
      SELECT c.relname AS "table",
             (SELECT array_agg(a.attname::text ORDER BY k.ordinality)
                FROM pg_index i
                CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ordinality)
                JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
               WHERE i.indrelid = c.oid AND i.indisprimary) AS keys
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
       ORDER BY c.relname`);
    const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
    const queries = rows.map(({ table, keys }): [string, string] => {
      const order = keys?.length ? keys.map((k) => `t.${quote(k)}`).join(', ') : 't::text';
      return [
        table,
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY ${order}), '')) AS md5 FROM ${quote(table)} t`,
      ];
    });
    return new DatabaseFingerprint(client, queries);
  }

  get tables(): string[] {
    return this.queries.map(([table]) => table);
  }

  async take(): Promise<Fingerprint> {
    const out: Fingerprint = {};
    for (const [table, sql] of this.queries) {
      const { rows } = await this.client.query<{ rows: number; md5: string }>(sql);
      out[table] = rows[0]!;
    }
    return out;
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}

/** Tables whose count or checksum differ. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys({ ...before, ...after }).filter(
    (table) => before[table]?.rows !== after[table]?.rows || before[table]?.md5 !== after[table]?.md5,
  );
}
