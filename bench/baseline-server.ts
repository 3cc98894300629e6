import Fastify from 'fastify';
import { Pool } from 'pg';

/**
 * The baseline: bare Fastify and `pg` answering the same routes with the
 * same query, nothing else. Run as its own process, like the API.
 */
async function main(): Promise<void> {
  const [databaseUrl, port, poolSize] = [process.argv[2]!, Number(process.argv[3]), Number(process.argv[4] ?? 10)];
  const pool = new Pool({ connectionString: databaseUrl, max: poolSize });
  const app = Fastify({ logger: false });
  app.get('/live', async () => ({ status: 'ok' }));
  app.get<{ Params: { municipalityId: string } }>('/calls/:municipalityId', async (request) => {
    const { rows } = await pool.query(
      'SELECT * FROM calls WHERE municipality_id = $1 ORDER BY fiscal_year DESC, submission_opens_at DESC',
      [request.params.municipalityId],
    );
    return rows;
  });
  // The public list and record: the same SQL the API runs, answered as they come.
  app.get<{ Params: { municipalityId: string } }>('/public/proposals/:municipalityId', async (request) => {
    const { rows } = await pool.query(
      `SELECT pub.proposal_id, pub.version, pub.published_at, pub.package FROM publications pub
        WHERE pub.municipality_id = $1 AND pub.kind = 'decision' AND NOT EXISTS (SELECT 1 FROM publications newer
          WHERE newer.proposal_id = pub.proposal_id AND newer.kind = pub.kind AND newer.version > pub.version)
        ORDER BY pub.proposal_id LIMIT 21`,
      [request.params.municipalityId],
    );
    return { items: rows.slice(0, 20) };
  });
  app.get<{ Params: { id: string } }>('/public/record/:id', async (request) => {
    const versions = await pool.query(
      'SELECT kind, version, published_at, correction_reason, package FROM publications WHERE proposal_id = $1 ORDER BY kind, version',
      [request.params.id],
    );
    const history = await pool.query(
      `SELECT after->>'state' AS state, at FROM audit_events WHERE stream = $1 AND before ? 'state' AND after ? 'state' ORDER BY seq`,
      [`proposal:${request.params.id}`],
    );
    return { versions: versions.rows, statusHistory: history.rows };
  });
  await app.listen({ port, host: '127.0.0.1' });
  process.stdout.write('ready\n');
  process.on('SIGTERM', () => {
    void app
      .close()
      .then(() => pool.end())
      .then(() => process.exit(0));
  });
}

void main();
