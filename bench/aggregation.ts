import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { contextOn } from '@kyodo/persistence';
import type { Actor } from '@kyodo/platform';
import { ResultsService, ReviewModule } from '@kyodo/review';
import { PartnershipModule } from '@kyodo/partnership';

export interface AggregationBench {
  kyodoMs: number;
  sqlMs: number;
  proposals: number;
  sheets: number;
}

const CRITERIA = Array.from({ length: 10 }, (_, i) => `c${i + 1}`);

/**
 * A call of `proposals` proposals × `reviewers` reviewers × 10 criteria,
 * seeded with set-based SQL, then aggregated by Kyodo's results service
 * (exact fractions, ties, leniency) and by one plain SQL query computing the
 * same statistics and ranks. Median of three runs each.
 */
export async function aggregationBench(
  dataSource: DataSource,
  proposals = 2000,
  reviewers = 7,
): Promise<AggregationBench> {
  const municipality = randomUUID();
  const call = randomUUID();
  const org = randomUUID();
  const secretariat = randomUUID();
  await dataSource.query(
    `INSERT INTO municipalities (id, code, name_ja, name_en) VALUES ($1, $2, 'ベンチ市', 'Bench')`,
    [municipality, `b-${municipality}`],
  );
  await dataSource.query(
    `INSERT INTO organizations (id, municipality_id, kind, name_ja, name_en) VALUES ($1, $2, 'group', '団体', 'Group')`,
    [org, municipality],
  );
  await dataSource.query(
    `INSERT INTO users (id, municipality_id, email, display_name, password_hash, locale)
     SELECT CASE WHEN i = 0 THEN $2::uuid ELSE gen_random_uuid() END, $1::uuid, 'bench-' || i || '-' || $1::text || '@kyodo.test', 'u' || i, 'x', 'ja'
       FROM generate_series(0, $3) i`,
    [municipality, secretariat, reviewers],
  );
  await dataSource.query(
    `INSERT INTO calls (id, municipality_id, fiscal_year, recruitment_fiscal_year, title_ja, title_en, submission_opens_at, submission_closes_at)
     VALUES ($1, $2, 2026, 2026, 'ベンチ', 'Bench', '2026-04-01', '2026-06-30')`,
    [call, municipality],
  );
  const rubric = {
    titleJa: 'ベンチ',
    titleEn: 'Bench',
    criteria: CRITERIA.map((key) => ({
      key,
      labelJa: key,
      labelEn: key,
      weight: 10,
      scale: { min: 0, max: 5, step: 1 },
    })),
  };
  const rubricId = randomUUID();
  await dataSource.query(
    `INSERT INTO rubrics (id, municipality_id, call_id, stage, version, definition) VALUES ($1, $2, $3, 'document', 1, $4)`,
    [rubricId, municipality, call, rubric],
  );
  await dataSource.query(
    `INSERT INTO proposals (id, municipality_id, call_id, organization_id, origin, title, content, state, snapshot, machine_version, version, created_by)
     SELECT gen_random_uuid(), $1, $2, $3, 'group', 'p' || i, '{}', 'review', '{}', 2, 1, $4 FROM generate_series(1, $5) i`,
    [municipality, call, org, secretariat, proposals],
  );
  await dataSource.query(
    `INSERT INTO review_assignments (id, municipality_id, call_id, proposal_id, reviewer_id, stage, status)
     SELECT gen_random_uuid(), $1, $2, p.id, u.id, 'document', 'submitted'
       FROM proposals p CROSS JOIN users u WHERE p.call_id = $2 AND u.municipality_id = $1 AND u.id <> $3`,
    [municipality, call, secretariat],
  );
  await dataSource.query(
    `INSERT INTO score_sheets (assignment_id, municipality_id, rubric_id, scores, submitted_at)
     SELECT a.id, $1, $3,
            (SELECT jsonb_object_agg(k, abs(hashtext(a.id::text || k)) % 6) FROM unnest($4::text[]) k), now()
       FROM review_assignments a WHERE a.call_id = $2`,
    [municipality, call, rubricId, CRITERIA],
  );
  const actor: Actor = {
    userId: secretariat,
    municipalityId: municipality,
    platformAdmin: false,
    roles: ['secretariat'],
    memberships: [{ organizationId: null, role: 'secretariat' }],
    locale: 'ja',
    requestId: 'bench',
  };
  // PartnershipModule answers the proposals library's question about a predecessor's project (continuations).
  const services = await contextOn(dataSource, [ReviewModule, PartnershipModule]);
  let kyodoMs: number;
  try {
    const results = services.get(ResultsService);
    kyodoMs = await medianOf3(async () => {
      const out = await results.forCall(actor, call);
      if ((out.stages.document as { results: unknown[] }).results.length !== proposals) throw new Error('wrong count');
    });
  } finally {
    await services.close();
  }
  const sqlMs = await medianOf3(async () => {
    const rows = await dataSource.query(
      `WITH s AS (
         SELECT a.proposal_id, kv.key, kv.value::numeric AS v
           FROM review_assignments a JOIN score_sheets ss ON ss.assignment_id = a.id, jsonb_each_text(ss.scores) kv
          WHERE a.call_id = $1 AND a.stage = 'document' AND a.status = 'submitted'),
       m AS (
         SELECT proposal_id, key, avg(v) AS mean, percentile_cont(0.5) WITHIN GROUP (ORDER BY v) AS median,
                min(v), max(v), stddev_pop(v) AS sd
           FROM s GROUP BY proposal_id, key)
       SELECT proposal_id, round(sum(mean / 5 * 10), 2) AS total, rank() OVER (ORDER BY sum(mean / 5 * 10) DESC) AS rank,
              bool_or(max - min >= 2) AS disagreement
         FROM m GROUP BY proposal_id`,
      [call],
    );
    if (rows.length !== proposals) throw new Error('wrong count');
  });
  return { kyodoMs, sqlMs, proposals, sheets: proposals * reviewers };
}

async function medianOf3(work: () => Promise<void>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[1]!;
}
