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
