import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { publicationSearchText } from '@kyodo/disclosure';

export interface SeededCall {
  municipalityId: string;
  municipalityCode: string;
  callId: string;
  proposalIds: string[];
}

const CRITERIA = ['public_benefit', 'feasibility', 'collaboration', 'budget', 'sustainability'];

/**
 * A decided call written straight into the tables (the API would take
 * minutes for this many): `proposals` proposals, each with `reviewers`
 * submitted document-stage sheets on a five-criterion rubric and a disclosed
 * decision package shaped like the ones BuildPublication writes (the public page renders it as it is).
 */
export async function seedDecidedCall(dataSource: DataSource, proposals: number, reviewers = 5): Promise<SeededCall> {
  const municipalityId = randomUUID();
  const code = `bench-${municipalityId.slice(0, 8)}`;
  const org = randomUUID();
  const call = randomUUID();
  const rubric = randomUUID();
  await dataSource.query(
    `INSERT INTO municipalities (id, code, name_ja, name_en) VALUES ($1, $2, '計測市', 'Bench City')`,
    [municipalityId, code],
  );
  await dataSource.query(
    `INSERT INTO organizations (id, municipality_id, kind, name_ja, name_en) VALUES ($1, $2, 'group', 'NPO法人 計測の会', 'Bench NPO')`,
    [org, municipalityId],
  );
  const users: Array<{ id: string }> = await dataSource.query(
    `INSERT INTO users (id, municipality_id, email, display_name, password_hash, locale)
     SELECT gen_random_uuid(), $1::uuid, 'r' || i || '-' || $1::text || '@kyodo.test', '審査員' || i, 'x', 'ja'
       FROM generate_series(1, $2) i RETURNING id`,
    [municipalityId, reviewers],
  );
  await dataSource.query(
    `INSERT INTO calls (id, municipality_id, fiscal_year, recruitment_fiscal_year, title_ja, title_en, submission_opens_at, submission_closes_at)
     VALUES ($1, $2, 2026, 2026, '令和8年度 協働事業提案（計測）', 'FY2026 bench call', '2026-04-01', '2026-06-30')`,
    [call, municipalityId],
  );
  const definition = {
    titleJa: '書類審査',
    titleEn: 'Document review',
    criteria: CRITERIA.map((key, i) => ({
      key,
      labelJa: `評価項目${i + 1}`,
      labelEn: `Criterion ${i + 1}`,
      weight: 20,
      scale: { min: 0, max: 5, step: 1 },
    })),
  };
  await dataSource.query(
    `INSERT INTO rubrics (id, municipality_id, call_id, stage, version, definition, frozen_at) VALUES ($1, $2, $3, 'document', 1, $4, now())`,
    [rubric, municipalityId, call, JSON.stringify(definition)],
  );
  const rows: Array<{ id: string }> = await dataSource.query(
    `INSERT INTO proposals (id, municipality_id, call_id, organization_id, origin, title, content, state, snapshot, machine_version, version, created_by, receipt_number)
     SELECT gen_random_uuid(), $1, $2, $3, CASE WHEN i % 3 = 0 THEN 'department' ELSE 'group' END,
            -- One title in fifty is about a children's canteen, written three ways, for the search row to find.
            CASE WHEN i % 50 = 0 THEN (ARRAY['子ども食堂', 'こども食堂', '子供食堂'])[1 + (i / 50) % 3] || 'の運営 第' || i || '号'
                 ELSE '地域の見守り活動 第' || i || '号' END, '{}', 'decided.adopted',
            jsonb_build_object('context', jsonb_build_object('decision', jsonb_build_object('outcome', CASE WHEN i % 4 = 0 THEN 'notAdopted' ELSE 'adopted' END, 'reason', '地域課題に即した提案である。', 'at', '2026-09-01T00:00:00Z'))),
            2, 1, $4, 'R8-' || lpad(i::text, 6, '0')
       FROM generate_series(1, $5) i RETURNING id`,
    [municipalityId, call, org, users[0]!.id, proposals],
  );
  await dataSource.query(
    `INSERT INTO review_assignments (id, municipality_id, call_id, proposal_id, reviewer_id, stage, status)
     SELECT gen_random_uuid(), $1, $2, p.id, u.id, 'document', 'submitted'
       FROM proposals p CROSS JOIN unnest($3::uuid[]) AS u(id) WHERE p.call_id = $2`,
    [municipalityId, call, users.map((u) => u.id)],
  );
  await dataSource.query(
    `INSERT INTO score_sheets (assignment_id, municipality_id, rubric_id, scores, comments, submitted_at)
     SELECT a.id, $1, $3, jsonb_build_object(${CRITERIA.map((k) => `'${k}', (abs(hashtext(a.id::text || '${k}')) % 6)`).join(', ')}), '{}', now()
       FROM review_assignments a WHERE a.call_id = $2`,
    [municipalityId, call, rubric],
  );
  await dataSource.query(
    `INSERT INTO publications (id, municipality_id, call_id, proposal_id, kind, version, source_key, package, published_at)
     SELECT gen_random_uuid(), p.municipality_id, p.call_id, p.id, 'decision', 1, 'bench:' || p.id,
            jsonb_build_object(
              'kind', 'decision',
              'proposal', jsonb_build_object('id', p.id, 'receiptNumber', p.receipt_number, 'title', p.title,
                 'summary', '高齢者の見守りと居場所づくりを地域の団体と市が協働で行う。', 'origin', p.origin,
                 'organization', jsonb_build_object('ja', 'NPO法人 計測の会', 'en', 'Bench NPO'),
                 'activityFields', jsonb_build_array('health_welfare'), 'requestedAmount', 500000,
                 'partnerDepartments', '[]'::jsonb, 'theme', null, 'background', null, 'objectives', null, 'kpis', '[]'::jsonb),
              'call', jsonb_build_object('id', p.call_id, 'fiscalYear', 2026,
                 'title', jsonb_build_object('ja', '令和8年度 協働事業提案（計測）', 'en', 'FY2026 bench call')),
              'decision', jsonb_build_object('outcome', p.snapshot #>> '{context,decision,outcome}', 'comment', '地域課題に即した提案である。', 'decidedAt', '2026-09-01T00:00:00Z'),
              'conditions', '[]'::jsonb, 'assessment', null, 'consensus', null, 'committee', null, 'state', p.state,
              'scores', jsonb_build_object('document', jsonb_build_object(
                 'rubricVersion', 1, 'total', 60 + (abs(hashtext(p.id::text)) % 40), 'rank', 1, 'tied', false, 'passes', true,
                 'conflictRule', 'renormalize', 'substituted', 0,
                 'criteria', (SELECT jsonb_agg(jsonb_build_object(
                      'key', 'criterion_' || c, 'label', jsonb_build_object('ja', '評価項目' || c, 'en', 'Criterion ' || c),
                      'scale', jsonb_build_object('min', 0, 'max', 5, 'step', 1),
                      'count', 5, 'mean', 3.4, 'median', 3, 'min', 2, 'max', 5, 'stdDev', 1.02, 'disagreement', false) ORDER BY c)
                    FROM generate_series(1, 5) c)))),
            now()
       FROM proposals p WHERE p.call_id = $1`,
    [call],
  );
  await fillSearchColumns(dataSource, call);
  await dataSource.query('ANALYZE');
  return { municipalityId, municipalityCode: code, callId: call, proposalIds: rows.map((r) => r.id) };
}

/** The searchable text of the seeded packages, as PublicationRepository writes it on publication. */
async function fillSearchColumns(dataSource: DataSource, callId: string): Promise<void> {
  const rows: Array<{ id: string; package: Parameters<typeof publicationSearchText>[0] }> = await dataSource.query(
    'SELECT id, package FROM publications WHERE call_id = $1',
    [callId],
  );
  for (let start = 0; start < rows.length; start += 1000) {
    const batch = rows.slice(start, start + 1000).map((row) => {
      const { text, grams } = publicationSearchText(row.package);
      return { id: row.id, t: text, g: grams };
    });
    await dataSource.query(
      `UPDATE publications p SET search_text = x.t, search_grams = ARRAY(SELECT jsonb_array_elements_text(x.g))
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, t text, g jsonb) WHERE p.id = x.id`,
      [JSON.stringify(batch)],
    );
  }
}
