import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { queryPrepared, ReadDataSource, type ReadFrom, type Statement } from '@kyodo/persistence';
import type { DataSource, EntityManager } from 'typeorm';
import type { PackageView } from './publication-package';
import { publicationSearchText, searchQuery } from './publication-search';

export type PublicationKind = 'decision' | 'assessment';

/** The public list's filters, all optional but the municipality; `afterProposalId` is the keyset. */
export interface DecisionListFilter {
  municipalityId: string;
  fiscalYear?: number;
  origin?: string;
  proposalType?: string;
  decision?: string;
  field?: string;
  /**
   * Words matched inside the title, the summary, the organisation and the theme, Japanese-normalised on both sides
   * (width, case, kana, variants: search-text.ts); every word must occur.
   */
  q?: string;
  afterProposalId?: string;
  limit: number;
}

export interface ListedDecision {
  proposalId: string;
  version: number;
  publishedAt: Date;
  package: PackageView;
}

export interface PublicationVersion {
  kind: string;
  version: number;
  publishedAt: Date;
  correctionReason: string | null;
  package: unknown;
}

export interface NewPublication {
  municipalityId: string;
  callId: string;
  proposalId: string;
  kind: PublicationKind;
  sourceKey: string;
  package: object;
  correctionReason: string | null;
}

/**
 * Only the latest version of each publication: read in proposal order from
 * the publications_public_list index, so a page stops after its rows.
 */
export const LATEST_VERSION = `NOT EXISTS (SELECT 1 FROM publications newer
  WHERE newer.proposal_id = pub.proposal_id AND newer.kind = pub.kind AND newer.version > pub.version)`;

/** A package whose decision is a 内定, pending the budget (absent before the flag was recorded: not provisional). */
const PROVISIONAL = `COALESCE((pub.package->'decision'->>'provisional')::boolean, false)`;

/**
 * Every version of a proposal's publications, oldest first within each kind. The packages come without their
 * verification part (the counted sheets under pseudonyms: open data carries them, no page shows them), left out by
 * PostgreSQL rather than parsed and dropped here. Named: every public proposal page reads it.
 */
const VERSIONS_OF: Statement = {
  name: 'kyodo_publication_versions_of',
  text: `SELECT kind, version, published_at, correction_reason, package - 'verification' AS package
           FROM publications WHERE proposal_id = $1 ORDER BY kind, version`,
};

/** 公開: the publications table, versions of immutable disclosure packages. */
@Injectable()
export class PublicationRepository {
  private readonly reads: ReadDataSource;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    /** Where the public reads go (the read replica when one is set); built by hand, every read is on `db`. */
    @Inject(ReadDataSource) reads?: ReadDataSource,
  ) {
    this.reads = reads ?? ReadDataSource.primaryOnly(db);
  }

  /**
   * Records the next version of the proposal's publication of this kind, in the caller's transaction (which holds
   * the proposal's row lock). Null when the source key was published already.
   */
  async insertNextVersion(manager: EntityManager, entry: NewPublication): Promise<number | null> {
    const [{ next }]: Array<{ next: number }> = await manager.query(
      'SELECT COALESCE(max(version), 0) + 1 AS next FROM publications WHERE proposal_id = $1 AND kind = $2',
      [entry.proposalId, entry.kind],
    );
    const search = publicationSearchText(entry.package);
    const inserted: Array<{ version: number }> = await manager.query(
      `INSERT INTO publications (id, municipality_id, call_id, proposal_id, kind, version, source_key, package, correction_reason,
                                 published_at, search_text, search_grams)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now(), $10, $11) ON CONFLICT (source_key) DO NOTHING RETURNING version`,
      [
        randomUUID(),
        entry.municipalityId,
        entry.callId,
        entry.proposalId,
        entry.kind,
        next,
        entry.sourceKey,
        JSON.stringify(entry.package),
        entry.correctionReason,
        search.text,
        search.grams,
      ],
    );
    return inserted[0] ? inserted[0].version : null;
  }

  async exists(proposalId: string, kind: PublicationKind, from: ReadFrom = 'primary'): Promise<boolean> {
    const rows: unknown[] = await this.reads
      .of(from)
      .query('SELECT 1 FROM publications WHERE proposal_id = $1 AND kind = $2', [proposalId, kind]);
    return rows.length > 0;
  }

  /** A page (plus one row, to tell whether more follow) of the latest decisions, in proposal order. */
  async latestDecisionPage(filter: DecisionListFilter, from: ReadFrom = 'primary'): Promise<ListedDecision[]> {
    const params: unknown[] = [filter.municipalityId];
    const where = ['pub.municipality_id = $1', "pub.kind = 'decision'"];
    // `$?` stands for this filter's parameter (every occurrence); a bare `?` is jsonb's key-exists operator.
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replaceAll('$?', `$${params.length}`));
    };
    if (filter.fiscalYear) add(`(pub.package->'call'->>'fiscalYear')::int = $?`, filter.fiscalYear);
    if (filter.origin) add(`pub.package->'proposal'->>'origin' = $?`, filter.origin);
    // A package built before the type was stored names a theme or not (proposalTypeOfPackage says the same).
    if (filter.proposalType) {
      add(
        `COALESCE(pub.package->'proposal'->>'proposalType',
           CASE WHEN pub.package->'proposal'->>'theme' IS NULL THEN 'free' ELSE 'theme' END) = $?`,
        filter.proposalType,
      );
    }
    // A 内定 (adopted pending the budget) is its own answer: it is not yet an adoption.
    if (filter.decision === 'provisional') where.push(PROVISIONAL);
    else if (filter.decision) {
      add(`pub.package->'decision'->>'outcome' = $?`, filter.decision);
      where.push(`NOT ${PROVISIONAL}`);
    }
    if (filter.field) add(`pub.package->'proposal'->'activityFields' ? $?`, filter.field);
    if (filter.q) {
      const { grams, patterns } = searchQuery(filter.q);
      if (grams.length > 0) add('pub.search_grams @> $?::text[]', grams);
      for (const pattern of patterns) add('pub.search_text LIKE $?', pattern);
    }
    if (filter.afterProposalId) add('pub.proposal_id > $?', filter.afterProposalId);
    params.push(filter.limit + 1);
    const rows: Array<{ proposal_id: string; version: number; published_at: Date; package: PackageView }> =
      await this.reads.of(from).query(
        `SELECT pub.proposal_id, pub.version, pub.published_at, pub.package FROM publications pub
          WHERE ${where.join(' AND ')} AND ${LATEST_VERSION} ORDER BY pub.proposal_id LIMIT $${params.length}`,
        params,
      );
    return rows.map((r) => ({
      proposalId: r.proposal_id,
      version: r.version,
      publishedAt: r.published_at,
      package: r.package,
    }));
  }

  /** Every version of the proposal's publications, by kind then version, without their verification part. */
  async versionsOf(proposalId: string, from: ReadFrom = 'primary'): Promise<PublicationVersion[]> {
    const rows = await queryPrepared<{
      kind: string;
      version: number;
      published_at: Date;
      correction_reason: string | null;
      package: unknown;
    }>(this.reads.of(from), VERSIONS_OF, [proposalId]);
    return rows.map((r) => ({
      kind: r.kind,
      version: r.version,
      publishedAt: r.published_at,
      correctionReason: r.correction_reason,
      package: r.package,
    }));
  }

  async version(
    proposalId: string,
    kind: string,
    version: number,
    from: ReadFrom = 'primary',
  ): Promise<{ package: Record<string, unknown>; publishedAt: Date; correctionReason: string | null } | null> {
    const [row]: Array<{ package: Record<string, unknown>; published_at: Date; correction_reason: string | null }> =
      await this.reads
        .of(from)
        .query(
          'SELECT package, published_at, correction_reason FROM publications WHERE proposal_id = $1 AND kind = $2 AND version = $3',
          [proposalId, kind, version],
        );
    return row
      ? { package: row.package, publishedAt: row.published_at, correctionReason: row.correction_reason }
      : null;
  }

  /**
   * The outcome of each published decision of a municipality (its latest version), by proposal: nothing else.
   * A 内定 answers `provisional` until the budget's decision is published as a new version.
   */
  async latestOutcomes(municipalityId: string, from: ReadFrom = 'primary'): Promise<Map<string, string>> {
    const rows: Array<{ proposal_id: string; outcome: string | null }> = await this.reads.of(from).query(
      `SELECT DISTINCT ON (proposal_id) proposal_id,
              CASE WHEN ${PROVISIONAL} THEN 'provisional' ELSE package->'decision'->>'outcome' END AS outcome
         FROM publications pub WHERE municipality_id = $1 AND kind = 'decision' ORDER BY proposal_id, version DESC`,
      [municipalityId],
    );
    return new Map(rows.filter((r) => r.outcome !== null).map((r) => [r.proposal_id, r.outcome!]));
  }

  /**
   * What the comparison dataset reads of each published proposal of a municipality: the requested amount of its
   * latest decision package and the end-of-term verdict of its latest assessment package (null where none is public).
   */
  async publishedFacts(
    municipalityId: string,
    from: ReadFrom = 'primary',
  ): Promise<Map<string, { requestedAmount: number | null; verdict: string | null }>> {
    const rows: Array<{ proposal_id: string; requested_amount: string | null; verdict: string | null }> =
      await this.reads.of(from).query(
        `SELECT d.proposal_id, d.package->'proposal'->>'requestedAmount' AS requested_amount,
                (SELECT a.package->'assessment'->>'verdict' FROM publications a
                  WHERE a.proposal_id = d.proposal_id AND a.kind = 'assessment' ORDER BY a.version DESC LIMIT 1) AS verdict
           FROM (SELECT DISTINCT ON (proposal_id) proposal_id, package FROM publications
                  WHERE municipality_id = $1 AND kind = 'decision' ORDER BY proposal_id, version DESC) d`,
        [municipalityId],
      );
    return new Map(
      rows.map((r) => [
        r.proposal_id,
        { requestedAmount: r.requested_amount === null ? null : Number(r.requested_amount), verdict: r.verdict },
      ]),
    );
  }

  /**
   * The latest published package of each kind (decision, assessment) of each of the proposals, in one read: what the
   * partnership memory and a group's public track record are built from. A proposal with nothing published is absent.
   */
  async latestPackagesOf(
    proposalIds: string[],
    from: ReadFrom = 'primary',
  ): Promise<Map<string, Partial<Record<PublicationKind, { package: unknown; publishedAt: Date }>>>> {
    const latest = new Map<string, Partial<Record<PublicationKind, { package: unknown; publishedAt: Date }>>>();
    if (proposalIds.length === 0) return latest;
    const rows: Array<{ proposal_id: string; kind: PublicationKind; package: unknown; published_at: Date }> =
      await this.reads.of(from).query(
        `SELECT DISTINCT ON (proposal_id, kind) proposal_id, kind, package, published_at FROM publications
          WHERE proposal_id = ANY($1::uuid[]) ORDER BY proposal_id, kind, version DESC`,
        [proposalIds],
      );
    for (const row of rows) {
      const entry = latest.get(row.proposal_id) ?? {};
      entry[row.kind] = { package: row.package, publishedAt: row.published_at };
      latest.set(row.proposal_id, entry);
    }
    return latest;
  }

  /** The latest decision package of each proposal, of one call or of a whole municipality. */
  async latestDecisions(
    scope: { callId: string } | { municipalityId: string },
    from: ReadFrom = 'primary',
  ): Promise<Array<{ proposalId: string; version: number; package: PackageView; publishedAt: Date }>> {
    const where =
      'callId' in scope
        ? { sql: 'call_id = $1', param: scope.callId }
        : { sql: 'municipality_id = $1', param: scope.municipalityId };
    const rows: Array<{ proposal_id: string; version: number; package: PackageView; published_at: Date }> =
      await this.reads.of(from).query(
        `SELECT DISTINCT ON (proposal_id) proposal_id, version, package, published_at FROM publications WHERE ${where.sql} AND kind = 'decision'
        ORDER BY proposal_id, version DESC`,
        [where.param],
      );
    return rows.map((r) => ({
      proposalId: r.proposal_id,
      version: r.version,
      package: r.package,
      publishedAt: r.published_at,
    }));
  }
}
