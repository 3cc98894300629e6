import { Injectable } from '@nestjs/common';
import { decodeCursor, encodeCursor, NotFoundError, ValidationFailedError } from '@kyodo/platform';
import { strToU8, zipSync } from 'fflate';
import { AuditEventRepository } from '@kyodo/audit';
import { ActivityFieldRepository, MunicipalityRepository } from '@kyodo/identity';
import { CallRepository, ProposalRepository } from '@kyodo/proposals';
import { toCsv } from './csv';
import { OPEN_DATA_COLUMNS } from './open-data-columns';
import { OPEN_DATA_JSON_SCHEMA, OPEN_DATA_README } from './open-data-schema';
import type { PackageView } from './publications/publication-package';
import { PublicationRepository } from './publications/publication.repository';

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

/** What anyone may read without logging in: disclosed packages only. */
@Injectable()
export class PublicService {
  constructor(
    private readonly publications: PublicationRepository,
    private readonly callRows: CallRepository,
    private readonly proposalRepository: ProposalRepository,
    private readonly municipalityRows: MunicipalityRepository,
    private readonly activityFields: ActivityFieldRepository,
    private readonly audit: AuditEventRepository,
  ) {}

  /** The municipalities this deployment hosts: code and names only (the code is what the other public reads take). */
  async municipalities(): Promise<Array<{ code: string; nameJa: string; nameEn: string }>> {
    return this.municipalityRows.listByName();
  }

  async calls(code: string) {
    const municipality = await this.municipality(code);
    return this.callRows.publicCalls(municipality.id);
  }

  async proposals(query: PublicListQuery) {
    const municipality = await this.municipality(query.municipality);
    const rows = await this.publications.latestDecisionPage({
      municipalityId: municipality.id,
      fiscalYear: query.fiscalYear,
      origin: query.origin,
      decision: query.decision,
      field: query.field,
      q: query.q,
      // The cursor is the last proposal id of the page before, checked as one (it is compared as a uuid).
      afterProposalId: query.cursor ? decodeCursor(query.cursor, ['uuid'])[0] : undefined,
      limit: query.limit,
    });
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

  async proposal(id: string) {
    const versions = await this.publications.versionsOf(id);
    if (versions.length === 0) throw new NotFoundError({ ja: '公開された提案', en: 'The disclosed proposal' });
    const latest = (kind: string) => [...versions].reverse().find((v) => v.kind === kind)?.package ?? null;
    const history = await this.audit.stateChanges(`proposal:${id}`);
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
    };
  }

  async version(id: string, kind: string, version: number) {
    const row = await this.publications.version(id, kind, version);
    if (!row) throw new NotFoundError({ ja: '公開の版', en: 'That published version' });
    return {
      ...row.package,
      version,
      publishedAt: new Date(row.publishedAt).toISOString(),
      correctionReason: row.correctionReason,
    };
  }

  /** Per fiscal year and origin: proposals disclosed, adopted, implemented — the gap the seeds talk of (89.4 % vs 34.1 %). */
  async statistics(code: string) {
    const municipality = await this.municipality(code);
    const latest = await this.publications.latestDecisions({ municipalityId: municipality.id });
    const states = await this.proposalRepository.statesOf(latest.map((p) => p.proposalId));
    const fields = await this.activityFields.listFor(municipality.id);
    return {
      byYearAndOrigin: byYearAndOrigin(latest, states).map((r) => ({
        ...r,
        implementationRate: r.adopted === 0 ? null : Math.round((r.implemented / r.adopted) * 1000) / 10,
      })),
      byActivityField: disclosedByField(fields, latest),
    };
  }

  /** Open data of one call, or of every call of a municipality (`all`). */
  async openData(
    scope: { callId: string } | { municipality: string },
    format: 'csv' | 'json' | 'zip',
    bom: boolean,
  ): Promise<{ body: string | Buffer; contentType: string }> {
    const rows = await this.publications.latestDecisions(
      'callId' in scope
        ? { callId: scope.callId }
        : { municipalityId: (await this.municipality(scope.municipality)).id },
    );
    const records = rows
      .map(({ package: p, publishedAt }) => ({
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
        published_at: new Date(publishedAt).toISOString(),
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
    const id = await this.municipalityRows.idByCode(code);
    if (!id) throw new NotFoundError({ ja: '自治体', en: 'The municipality' });
    return { id };
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

/** Per activity field of the municipality, in its order: how many latest decisions name it. */
function disclosedByField(
  fields: Array<{ key: string; labelJa: string; labelEn: string }>,
  latest: Array<{ package: PackageView }>,
): Array<{ key: string; labelJa: string; labelEn: string; disclosed: number }> {
  return fields.map((f) => ({
    key: f.key,
    labelJa: f.labelJa,
    labelEn: f.labelEn,
    disclosed: latest.filter(({ package: p }) => named(p.proposal.activityFields, f.key)).length,
  }));
}

/** Whether a package's activity fields name the key (as jsonb's `?` read it: an array element equal to it). */
function named(fields: unknown, key: string): boolean {
  return Array.isArray(fields) && fields.includes(key);
}

/** A proposal in a project stage has been implemented (or is being): the seeds' measure of adoption followed through. */
const IMPLEMENTED = /^(agreement|implementation|projectEvaluation|completed)/;
const ADOPTED = ['adopted', 'adoptedWithConditions'];

/**
 * Per fiscal year and origin, newest year first: disclosed decisions, adopted ones, and those whose proposal has
 * reached implementation.
 */
function byYearAndOrigin(
  latest: Array<{ proposalId: string; package: PackageView }>,
  states: Map<string, string>,
): Array<{ fiscalYear: number; origin: string; disclosed: number; adopted: number; implemented: number }> {
  const groups = new Map<
    string,
    { fiscalYear: number; origin: string; disclosed: number; adopted: number; implemented: number }
  >();
  for (const { proposalId, package: p } of latest) {
    // Every publication names an existing proposal (foreign key); the join this replaces dropped none.
    if (!states.has(proposalId)) continue;
    const fiscalYear = Number(p.call.fiscalYear);
    const origin = p.proposal.origin;
    const key = `${fiscalYear}\u0000${origin}`;
    const group = groups.get(key) ?? { fiscalYear, origin, disclosed: 0, adopted: 0, implemented: 0 };
    group.disclosed += 1;
    if (p.decision && ADOPTED.includes(p.decision.outcome)) group.adopted += 1;
    if (IMPLEMENTED.test(states.get(proposalId)!)) group.implemented += 1;
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) => b.fiscalYear - a.fiscalYear || (a.origin < b.origin ? -1 : a.origin > b.origin ? 1 : 0),
  );
}
