import { Injectable } from '@nestjs/common';
import { decodeCursor, encodeCursor, NotFoundError, ValidationFailedError } from '@kyodo/platform';
import { AuditEventRepository } from '@kyodo/audit';
import { MunicipalityRepository } from '@kyodo/identity';
import { type ReadFrom } from '@kyodo/persistence';
import { CallRepository, ContinuationRepository } from '@kyodo/proposals';
import { toCsv } from './csv';
import { csvFile, zipFile, type CsvEncoding, type OpenDataFile } from './open-data-files';
import { OPEN_DATA_COLUMNS, OPEN_DATA_CRITERIA_COLUMNS } from './open-data-columns';
import { OPEN_DATA_JSON_SCHEMA, OPEN_DATA_README } from './open-data-schema';
import { proposalTypeOfPackage, type PackageView } from './publications/publication-package';
import { PublicationRepository } from './publications/publication.repository';
import { funnelCsv } from './statistics/funnel-csv';
import { PublicStatisticsService } from './statistics/public-statistics.service';
import { verificationFiles } from './verification/verification-files';
import { VERIFICATION_JSON_SCHEMA } from './verification/verification-schema';
import { VERIFY_SCRIPT } from './verification/verify-script';

/** Where every public read goes: the read replica when one is set (it may lag the primary), else the primary. */
const REPLICA: ReadFrom = 'replica';

export interface PublicListQuery {
  municipality: string;
  fiscalYear?: number;
  origin?: 'group' | 'department';
  proposalType?: 'theme' | 'free';
  decision?: string;
  field?: string;
  q?: string;
  limit: number;
  cursor?: string;
}

/** Which open data: a call's, every call's of a municipality (by code), or a municipality's funnel (by code). */
export type OpenDataScope = { callId: string } | { municipality: string } | { funnel: string };

/**
 * What anyone may read without logging in: disclosed packages only, and counts of the rest. Every read here is sent to
 * the read replica when one is set (`from: 'replica'`): a public page may lag the primary by the replica's replay delay;
 * the staff's own reads stay on the primary.
 */
@Injectable()
export class PublicService {
  constructor(
    private readonly publications: PublicationRepository,
    private readonly callRows: CallRepository,
    private readonly municipalityRows: MunicipalityRepository,
    private readonly statisticsService: PublicStatisticsService,
    private readonly audit: AuditEventRepository,
    private readonly continuationLinks: ContinuationRepository,
  ) {}

  /** The municipalities this deployment hosts: code and names only (the code is what the other public reads take). */
  async municipalities(): Promise<Array<{ code: string; nameJa: string; nameEn: string }>> {
    return this.municipalityRows.listByName(REPLICA);
  }

  async calls(code: string) {
    const municipality = await this.municipality(code);
    return this.callRows.publicCalls(municipality.id, REPLICA);
  }

  async proposals(query: PublicListQuery) {
    const municipality = await this.municipality(query.municipality);
    const rows = await this.publications.latestDecisionPage(
      {
        municipalityId: municipality.id,
        fiscalYear: query.fiscalYear,
        origin: query.origin,
        proposalType: query.proposalType,
        decision: query.decision,
        field: query.field,
        q: query.q,
        // The cursor is the last proposal id of the page before, checked as one (it is compared as a uuid).
        afterProposalId: query.cursor ? decodeCursor(query.cursor, ['uuid'])[0] : undefined,
        limit: query.limit,
      },
      REPLICA,
    );
    const page = rows.slice(0, query.limit);
    return {
      items: page.map((r) => ({
        ...summaryOf(r.package),
        version: r.version,
        publishedAt: new Date(r.publishedAt).toISOString(),
      })),
      nextCursor: rows.length > query.limit ? encodeCursor([page[page.length - 1]!.proposalId]) : null,
    };
  }

  /**
   * The public record: its reads run at once (each a named statement), and one more only for a continuation, to
   * ask whether the predecessor's decision is disclosed.
   */
  async proposal(id: string) {
    const [versions, history, chain] = await Promise.all([
      this.publications.versionsOf(id, REPLICA),
      this.audit.stateChanges(`proposal:${id}`, REPLICA),
      this.continuationLinks.chainFrom(id, REPLICA),
    ]);
    if (versions.length === 0) throw new NotFoundError({ ja: '公開された提案', en: 'The disclosed proposal' });
    const latest = (kind: string) => {
      const found = versions.findLast((v) => v.kind === kind);
      return found ? (found.package as Record<string, unknown>) : null;
    };
    const [self, predecessor] = chain;
    return {
      decision: latest('decision'),
      assessment: latest('assessment'),
      versions: versions.map((v) => ({
        kind: v.kind,
        version: v.version,
        publishedAt: new Date(v.publishedAt).toISOString(),
        correctionReason: v.correctionReason,
      })),
      statusHistory: history.map((h) => ({
        state: h.state,
        at: new Date(h.at).toISOString(),
      })),
      // 継続事業（n年目）, linking the predecessor only where its own decision is disclosed.
      continuation: predecessor
        ? {
            year: chain.length,
            predecessorId: (await this.publications.exists(predecessor.id, 'decision', REPLICA))
              ? predecessor.id
              : null,
          }
        : null,
      // The citizen group that proposed it, whose track record (協働の実績) is public; null for a department's.
      trackRecordGroupId: self?.origin === 'group' ? self.organizationId : null,
    };
  }

  async version(id: string, kind: string, version: number) {
    const row = await this.publications.version(id, kind, version, REPLICA);
    if (!row) throw new NotFoundError({ ja: '公開の版', en: 'That published version' });
    return {
      ...withoutVerification(row.package),
      version,
      publishedAt: new Date(row.publishedAt).toISOString(),
      correctionReason: row.correctionReason,
    };
  }

  /**
   * 統計: the funnel of every received proposal — received, screened out, withdrawn, in review, not adopted, adopted,
   * implemented — by fiscal year, proposal type, proposer kind, department and activity field, with the adoption and
   * implementation rates over the proposals received (the Kamakura text's 実施件数 ÷ 提案数).
   */
  async statistics(code: string) {
    const municipality = await this.municipality(code);
    return { funnel: await this.statisticsService.funnel(municipality.id, REPLICA) };
  }

  /**
   * The download's name, readable in a folder of downloads: `kyodo-<全国地方公共団体コード>-<fiscal year>-proposals`
   * for one call, `kyodo-<code>-all-proposals` for every call of a municipality. Null when the call is unknown.
   */
  async openDataFileStem(scope: OpenDataScope): Promise<string | null> {
    if ('funnel' in scope) return `kyodo-${scope.funnel}-funnel`;
    if ('municipality' in scope) return `kyodo-${scope.municipality}-all-proposals`;
    const call = await this.callRows.findById(scope.callId, REPLICA);
    if (!call) return null;
    const [municipality] = await this.municipalityRows.listById(call.municipalityId, REPLICA);
    return municipality ? `kyodo-${municipality.code}-${call.fiscalYear}-proposals` : null;
  }

  /**
   * Open data of one call, of every call of a municipality (`all`, its ZIP with the funnel too), or the funnel alone.
   * CSV in UTF-8 or Shift_JIS (CP932, characters outside it replaced by 〓 and counted).
   */
  async openData(
    scope: OpenDataScope,
    format: 'csv' | 'json' | 'zip',
    options: { bom: boolean; encoding: CsvEncoding },
  ): Promise<OpenDataFile> {
    if ('funnel' in scope) {
      const funnel = await this.statisticsService.funnel((await this.municipality(scope.funnel)).id, REPLICA);
      if (format === 'json')
        return { body: JSON.stringify({ funnel }), contentType: 'application/json; charset=utf-8' };
      if (format === 'csv') return csvFile(funnelCsv(funnel, false), options.encoding, options.bom);
      return zipFile({ funnel: funnelCsv(funnel, false) }, {}, OPEN_DATA_README);
    }
    const rows = await this.publications.latestDecisions(
      'callId' in scope
        ? { callId: scope.callId }
        : { municipalityId: (await this.municipality(scope.municipality)).id },
      REPLICA,
    );
    const records = rows
      .map(({ package: p, publishedAt }) => ({
        receipt_number: p.proposal.receiptNumber,
        fiscal_year: p.call.fiscalYear,
        title: p.proposal.title,
        origin: p.proposal.origin,
        proposal_type: proposalTypeOfPackage(p),
        organization: p.proposal.organization.ja,
        activity_fields: p.proposal.activityFields.join(';'),
        requested_amount: p.proposal.requestedAmount ?? null,
        decision: p.decision?.outcome ?? null,
        document_total: p.scores?.document?.total ?? null,
        document_points: displayed(p.scores?.document?.display?.total),
        document_full_marks: displayed(p.scores?.document?.display?.fullMarks),
        presentation_total: p.scores?.presentation?.total ?? null,
        presentation_points: displayed(p.scores?.presentation?.display?.total),
        presentation_full_marks: displayed(p.scores?.presentation?.display?.fullMarks),
        committee_comment: p.decision?.comment ?? null,
        published_at: new Date(publishedAt).toISOString(),
        decision_provisional: p.decision?.provisional === true,
      }))
      .sort((a, b) => String(a.receipt_number).localeCompare(String(b.receipt_number)));
    const json = JSON.stringify({ columns: OPEN_DATA_COLUMNS, records });
    const csv = toCsv(
      [...OPEN_DATA_COLUMNS],
      records.map((r) => OPEN_DATA_COLUMNS.map((c) => r[c])),
    );
    if (format === 'json') return { body: json, contentType: 'application/json; charset=utf-8' };
    if (format === 'csv') return csvFile(csv, options.encoding, options.bom);
    // 検証用: the anonymised score matrix, the rule, the published figures and the audit heads, and the script that
    // recomputes every total and rank from them.
    const verification = verificationFiles(rows);
    const others = {
      'records.json': json,
      'schema.json': JSON.stringify(OPEN_DATA_JSON_SCHEMA, null, 2),
      'rule.json': verification.rule,
      'verification-schema.json': JSON.stringify(VERIFICATION_JSON_SCHEMA, null, 2),
      'verify.mjs': VERIFY_SCRIPT,
    };
    const criteria = toCsv(
      [...OPEN_DATA_CRITERIA_COLUMNS],
      criteriaRows(rows.map((r) => r.package)).map((r) => OPEN_DATA_CRITERIA_COLUMNS.map((c) => r[c])),
    );
    const csvs = { records: csv, criteria, ...verification.csvs };
    if ('callId' in scope) return zipFile(csvs, others, OPEN_DATA_README);
    // A municipality's archive carries the funnel beside the records: the counts the statistics page shows.
    const funnel = await this.statisticsService.funnel((await this.municipality(scope.municipality)).id, REPLICA);
    return zipFile({ ...csvs, funnel: funnelCsv(funnel, false) }, others, OPEN_DATA_README);
  }

  private async municipality(code: string): Promise<{ id: string }> {
    if (!code)
      throw new ValidationFailedError([{ field: 'municipality', messages: ['municipality (its code) is required'] }]);
    const id = await this.municipalityRows.idByCode(code, REPLICA);
    if (!id) throw new NotFoundError({ ja: '自治体', en: 'The municipality' });
    return { id };
  }
}

/** A package as the public API answers it: the score matrix kept for open data's verification files is not part of it. */
function withoutVerification(pkg: unknown): Record<string, unknown> | null {
  if (!pkg || typeof pkg !== 'object') return null;
  const { verification: _verification, ...rest } = pkg as Record<string, unknown>;
  return rest;
}

/** A displayed score ('48.6') as the number open data carries; null where the package has none. */
const displayed = (value: string | undefined): number | null => (value === undefined ? null : Number(value));

/** criteria.csv: each published stage's criteria in the rubric's order, by receipt number, as the page shows them. */
function criteriaRows(packages: PackageView[]) {
  return [...packages]
    .sort((a, b) => String(a.proposal.receiptNumber).localeCompare(String(b.proposal.receiptNumber)))
    .flatMap((p) =>
      (['document', 'presentation'] as const).flatMap((stage) => {
        const result = p.scores?.[stage];
        if (!result?.display) return [];
        const display = result.display;
        return display.criteria.map((c) => ({
          receipt_number: p.proposal.receiptNumber,
          stage,
          criterion_key: c.key,
          criterion: result.criteria.find((r) => r.key === c.key)?.label?.ja ?? c.key,
          scorers: display.scorers,
          mean: Number(c.mean),
          scale_max: Number(c.scaleMax),
          points: Number(c.points),
          weight: Number(c.weight),
        }));
      }),
    );
}

function summaryOf(pkg: PackageView) {
  return {
    id: pkg.proposal.id,
    receiptNumber: pkg.proposal.receiptNumber,
    title: pkg.proposal.title,
    origin: pkg.proposal.origin,
    proposalType: proposalTypeOfPackage(pkg),
    organization: pkg.proposal.organization,
    activityFields: pkg.proposal.activityFields,
    fiscalYear: pkg.call.fiscalYear,
    decision: pkg.decision?.outcome ?? null,
    provisional: pkg.decision?.provisional === true,
    total: pkg.scores?.presentation?.total ?? pkg.scores?.document?.total ?? null,
  };
}
