import type { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor, NotFoundError, ValidationFailedError } from '@kyodo/platform';
import { strToU8, zipSync } from 'fflate';
import { toCsv } from './csv';
import { OPEN_DATA_COLUMNS } from './open-data-columns';
import { OPEN_DATA_JSON_SCHEMA, OPEN_DATA_README } from './open-data-schema';

export interface PublicListQuery {
  municipality: string;
  fiscalYear?: number;
  origin?: 'group' | 'department';
  decision?: string;
  field?: string;
  q?: string;
  limit: number;
  cursor?: string;
}

/** The parts of a disclosure package these reads use. */
interface PackageView {
  proposal: {
    id: string;
    receiptNumber: string | null;
    title: string;
    origin: string;
    organization: { ja: string; en: string };
    activityFields: string[];
    requestedAmount: number | null;
  };
  call: { fiscalYear: number };
  decision: { outcome: string; comment: string } | null;
  scores?: { document?: { total: number }; presentation?: { total: number } };
}

/** What anyone may read without logging in: disclosed packages only. */
/**
 * Only the latest version of each publication: read in proposal order from
 * the publications_public_list index, so a page stops after its rows.
 */
export const LATEST_VERSION = `NOT EXISTS (SELECT 1 FROM publications newer
  WHERE newer.proposal_id = pub.proposal_id AND newer.kind = pub.kind AND newer.version > pub.version)`;

export class PublicService {
  constructor(private readonly dataSource: DataSource) {}

  /** The municipalities this deployment hosts: code and names only (the code is what the other public reads take). */
  async municipalities(): Promise<Array<{ code: string; nameJa: string; nameEn: string }>> {
    return this.dataSource.query(
      'SELECT code, name_ja AS "nameJa", name_en AS "nameEn" FROM municipalities ORDER BY name_ja, code',
    );
  }

  async calls(code: string) {
    const municipality = await this.municipality(code);
    return this.dataSource.query(
      `SELECT id, fiscal_year AS "fiscalYear", title_ja AS "titleJa", title_en AS "titleEn", description_ja AS "descriptionJa",
              description_en AS "descriptionEn", eligibility_ja AS "eligibilityJa", max_requested_amount::float AS "maxRequestedAmount",
              submission_opens_at AS "submissionOpensAt", submission_closes_at AS "submissionClosesAt", publication_at AS "publicationAt",
              (SELECT coalesce(json_agg(json_build_object('titleJa', t.title_ja, 'titleEn', t.title_en) ORDER BY t.created_at), '[]')
                 FROM themes t WHERE t.call_id = calls.id) AS themes
         FROM calls WHERE municipality_id = $1 ORDER BY fiscal_year DESC, submission_opens_at DESC`,
      [municipality.id],
    );
  }

  async proposals(query: PublicListQuery) {
    const municipality = await this.municipality(query.municipality);
    const params: unknown[] = [municipality.id];
    const where = ['pub.municipality_id = $1', "pub.kind = 'decision'"];
    // `$?` stands for this filter's parameter (every occurrence); a bare `?` is jsonb's key-exists operator.
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replaceAll('$?', `$${params.length}`));
    };
    if (query.fiscalYear) add(`(pub.package->'call'->>'fiscalYear')::int = $?`, query.fiscalYear);
    if (query.origin) add(`pub.package->'proposal'->>'origin' = $?`, query.origin);
    if (query.decision) add(`pub.package->'decision'->>'outcome' = $?`, query.decision);
    if (query.field) add(`pub.package->'proposal'->'activityFields' ? $?`, query.field);
    if (query.q) {
      add(
        `(pub.package->'proposal'->>'title' ILIKE $? OR pub.package->'proposal'->>'summary' ILIKE $?)`,
        `%${query.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`,
      );
    }
    // The cursor is the last proposal id of the page before, checked as one (it is compared as a uuid).
    if (query.cursor) add('pub.proposal_id > $?', decodeCursor(query.cursor, ['uuid'])[0]);
    params.push(query.limit + 1);
    const rows: Array<{ proposal_id: string; version: number; published_at: Date; package: PackageView }> =
      await this.dataSource.query(
        `SELECT pub.proposal_id, pub.version, pub.published_at, pub.package FROM publications pub
          WHERE ${where.join(' AND ')} AND ${LATEST_VERSION} ORDER BY pub.proposal_id LIMIT $${params.length}`,
        params,
      );
    const page = rows.slice(0, query.limit);
    return {
      items: page.map((r) => ({
        ...summaryOf(r.package),
        version: r.version,
        publishedAt: new Date(r.published_at).toISOString(),
      })),
      nextCursor: rows.length > query.limit ? encodeCursor([page[page.length - 1]!.proposal_id]) : null,
    };
  }

  async proposal(id: string) {
    const versions: Array<{
      kind: string;
      version: number;
      published_at: Date;
      correction_reason: string | null;
      package: unknown;
    }> = await this.dataSource.query(
      'SELECT kind, version, published_at, correction_reason, package FROM publications WHERE proposal_id = $1 ORDER BY kind, version',
      [id],
    );
    if (versions.length === 0) throw new NotFoundError({ ja: '公開された提案', en: 'The disclosed proposal' });
    const latest = (kind: string) => [...versions].reverse().find((v) => v.kind === kind)?.package ?? null;
    const history = await this.dataSource.query(
      `SELECT after->>'state' AS state, at FROM audit_events
        WHERE stream = $1 AND before ? 'state' AND after ? 'state' AND before->>'state' IS DISTINCT FROM after->>'state' ORDER BY seq`,
      [`proposal:${id}`],
    );
    return {
      decision: latest('decision'),
      assessment: latest('assessment'),
      versions: versions.map((v) => ({
        kind: v.kind,
        version: v.version,
        publishedAt: new Date(v.published_at).toISOString(),
        correctionReason: v.correction_reason,
      })),
      statusHistory: history.map((h: { state: string; at: Date }) => ({
        state: h.state,
        at: new Date(h.at).toISOString(),
      })),
    };
  }

  async version(id: string, kind: string, version: number) {
    const [row] = await this.dataSource.query(
      'SELECT package, published_at, correction_reason FROM publications WHERE proposal_id = $1 AND kind = $2 AND version = $3',
      [id, kind, version],
    );
    if (!row) throw new NotFoundError({ ja: '公開の版', en: 'That published version' });
    return {
      ...row.package,
      version,
      publishedAt: new Date(row.published_at).toISOString(),
      correctionReason: row.correction_reason,
    };
  }

  /** Per fiscal year and origin: proposals disclosed, adopted, implemented — the gap the seeds talk of (89.4 % vs 34.1 %). */
  async statistics(code: string) {
    const municipality = await this.municipality(code);
    const rows = await this.dataSource.query(
      `SELECT (package->'call'->>'fiscalYear')::int AS "fiscalYear", package->'proposal'->>'origin' AS origin,
              count(*)::int AS disclosed,
              count(*) FILTER (WHERE package->'decision'->>'outcome' IN ('adopted', 'adoptedWithConditions'))::int AS adopted,
              count(*) FILTER (WHERE p.state ~ '^(agreement|implementation|projectEvaluation|completed)')::int AS implemented
         FROM (SELECT DISTINCT ON (proposal_id) proposal_id, package FROM publications
                WHERE municipality_id = $1 AND kind = 'decision' ORDER BY proposal_id, version DESC) pub
         JOIN proposals p ON p.id = pub.proposal_id
        GROUP BY 1, 2 ORDER BY 1 DESC, 2`,
      [municipality.id],
    );
    const byField = await this.dataSource.query(
      `SELECT f.key, f.label_ja AS "labelJa", f.label_en AS "labelEn", count(pub.proposal_id)::int AS disclosed
         FROM activity_fields f LEFT JOIN (SELECT DISTINCT ON (proposal_id) proposal_id, package FROM publications
                WHERE municipality_id = $1 AND kind = 'decision' ORDER BY proposal_id, version DESC) pub
           ON pub.package->'proposal'->'activityFields' ? f.key
        WHERE f.municipality_id = $1 GROUP BY f.key, f.label_ja, f.label_en, f.position ORDER BY f.position`,
      [municipality.id],
    );
    return {
      byYearAndOrigin: rows.map((r: { disclosed: number; adopted: number; implemented: number }) => ({
        ...r,
        implementationRate: r.adopted === 0 ? null : Math.round((r.implemented / r.adopted) * 1000) / 10,
      })),
      byActivityField: byField,
    };
  }

  /** Open data of one call, or of every call of a municipality (`all`). */
  async openData(
    scope: { callId: string } | { municipality: string },
    format: 'csv' | 'json' | 'zip',
    bom: boolean,
  ): Promise<{ body: string | Buffer; contentType: string }> {
    const where =
      'callId' in scope
        ? { sql: 'call_id = $1', param: scope.callId }
        : { sql: 'municipality_id = $1', param: (await this.municipality(scope.municipality)).id };
    const rows: Array<{ package: PackageView; published_at: Date }> = await this.dataSource.query(
      `SELECT DISTINCT ON (proposal_id) package, published_at FROM publications WHERE ${where.sql} AND kind = 'decision'
        ORDER BY proposal_id, version DESC`,
      [where.param],
    );
    const records = rows
      .map(({ package: p, published_at }) => ({
        receipt_number: p.proposal.receiptNumber,
        fiscal_year: p.call.fiscalYear,
        title: p.proposal.title,
        origin: p.proposal.origin,
        organization: p.proposal.organization.ja,
        activity_fields: p.proposal.activityFields.join(';'),
        requested_amount: p.proposal.requestedAmount ?? null,
        decision: p.decision?.outcome ?? null,
        document_total: p.scores?.document?.total ?? null,
        presentation_total: p.scores?.presentation?.total ?? null,
        committee_comment: p.decision?.comment ?? null,
        published_at: new Date(published_at).toISOString(),
      }))
      .sort((a, b) => String(a.receipt_number).localeCompare(String(b.receipt_number)));
    const json = JSON.stringify({ columns: OPEN_DATA_COLUMNS, records });
    const csv = (withBom: boolean) =>
      toCsv(
        [...OPEN_DATA_COLUMNS],
        records.map((r) => OPEN_DATA_COLUMNS.map((c) => r[c])),
        { bom: withBom },
      );
    if (format === 'json') return { body: json, contentType: 'application/json; charset=utf-8' };
    if (format === 'csv') return { body: csv(bom), contentType: 'text/csv; charset=utf-8; header=present' };
    // A fixed timestamp inside the archive: the same data always gives the same bytes.
    const file = (text: string): [Uint8Array, { mtime: Date }] => [
      strToU8(text),
      { mtime: new Date('2000-01-01T00:00:00Z') },
    ];
    const zip = zipSync({
      'README.txt': file(OPEN_DATA_README),
      'records.csv': file(csv(true)),
      'records.json': file(json),
      'schema.json': file(JSON.stringify(OPEN_DATA_JSON_SCHEMA, null, 2)),
    });
    return { body: Buffer.from(zip), contentType: 'application/zip' };
  }

  private async municipality(code: string): Promise<{ id: string }> {
    if (!code)
      throw new ValidationFailedError([{ field: 'municipality', messages: ['municipality (its code) is required'] }]);
    const [row] = await this.dataSource.query('SELECT id FROM municipalities WHERE code = $1', [code]);
    if (!row) throw new NotFoundError({ ja: '自治体', en: 'The municipality' });
    return row;
  }
}

function summaryOf(pkg: PackageView) {
  return {
    id: pkg.proposal.id,
    receiptNumber: pkg.proposal.receiptNumber,
    title: pkg.proposal.title,
    origin: pkg.proposal.origin,
    organization: pkg.proposal.organization,
    activityFields: pkg.proposal.activityFields,
    fiscalYear: pkg.call.fiscalYear,
    decision: pkg.decision?.outcome ?? null,
    total: pkg.scores?.presentation?.total ?? pkg.scores?.document?.total ?? null,
  };
}
