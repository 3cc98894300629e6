import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { PartnershipForm } from '@kyodo/platform';
import { hydrate, queryPrepared, ReadDataSource, type ReadFrom, selectList, type Statement } from '@kyodo/persistence';
import { CallEntity } from './call.entity';
import { ThemeEntity } from './theme.entity';

/** The columns a call update may change: never its id, municipality or creation time. */
export type CallColumns = Omit<CallEntity, 'id' | 'municipalityId' | 'createdAt'>;

/** What the public listing of a call shows, themes included. */
export interface PublicCall {
  id: string;
  fiscalYear: number;
  titleJa: string;
  titleEn: string;
  descriptionJa: string;
  descriptionEn: string;
  eligibilityJa: string;
  maxRequestedAmount: number | null;
  recruitmentFiscalYear: number;
  partnershipForm: PartnershipForm | null;
  subsidyRatioNumerator: number | null;
  subsidyRatioDenominator: number | null;
  yearlyCaps: number[];
  submissionOpensAt: Date;
  submissionClosesAt: Date;
  publicationAt: Date | null;
  continuationAllowed: boolean;
  continuationMaxYears: number;
  themes: Array<{ titleJa: string; titleEn: string }>;
  /** 募集要項 and forms, once the call is announced (its submission period has opened); none before. */
  documents: PublicCallDocument[];
}

/** A call's file as the public listing names it; the bytes come from the public download route. */
export interface PublicCallDocument {
  id: string;
  title: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
}

/** 募集回 and their 市提案テーマ: the calls and themes tables. */
@Injectable()
export class CallRepository {
  /** Built on first use: its select list comes from the entity's metadata. */
  private callsOfMunicipality?: Statement;
  private readonly reads: ReadDataSource;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    /** Where the public reads go (the read replica when one is set); built by hand, every read is on `db`. */
    @Inject(ReadDataSource) reads?: ReadDataSource,
  ) {
    this.reads = reads ?? ReadDataSource.primaryOnly(db);
  }

  findById(id: string, from: ReadFrom = 'primary'): Promise<CallEntity | null> {
    return this.reads.of(from).getRepository(CallEntity).findOneBy({ id });
  }

  /** Holds the call's row until the caller's transaction ends (edits of one call's rubrics take turns). */
  async lockForUpdate(manager: EntityManager, id: string): Promise<void> {
    await manager.query('SELECT id FROM calls WHERE id = $1 FOR UPDATE', [id]);
  }

  /** The call a proposal belongs to: it exists while the proposal does (foreign key). */
  getById(id: string): Promise<CallEntity> {
    return this.db.getRepository(CallEntity).findOneByOrFail({ id });
  }

  /** The staff's list of calls, read on every visit to the calls page: one named statement, no query builder. */
  async listForMunicipality(municipalityId: string): Promise<CallEntity[]> {
    this.callsOfMunicipality ??= {
      name: 'proposals.calls-of-municipality',
      text: `SELECT ${selectList(this.db, CallEntity)} FROM calls WHERE municipality_id = $1
              ORDER BY fiscal_year DESC, submission_opens_at DESC`,
    };
    const rows = await queryPrepared<Record<string, unknown>>(this.db, this.callsOfMunicipality, [municipalityId]);
    return hydrate(this.db, CallEntity, rows);
  }

  async insert(manager: EntityManager, row: CallEntity): Promise<void> {
    await manager.insert(CallEntity, row as never);
  }

  /** Compare-and-set on the version the client saw: false when someone else changed the call first. */
  async updateIfVersion(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
    columns: CallColumns,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(CallEntity)
      .set(columns as never)
      .where('id = :id AND version = :version', { id, version: expectedVersion })
      .execute();
    return result.affected === 1;
  }

  /** The deadline timer closes submission once; a second run changes nothing. */
  async closeForSubmission(callId: string): Promise<void> {
    await this.db.query(
      `UPDATE calls SET phase = 'closed_for_submission', updated_at = now() WHERE id = $1 AND phase = 'accepting'`,
      [callId],
    );
  }

  /** A municipality's calls as the public sees them, newest first. */
  async publicCalls(municipalityId: string, from: ReadFrom = 'primary'): Promise<PublicCall[]> {
    // max_requested_amount is a bigint; as float8 the driver hands back a number.
    const rows: PublicCall[] = await this.reads.of(from).query(
      `SELECT id, fiscal_year AS "fiscalYear", title_ja AS "titleJa", title_en AS "titleEn", description_ja AS "descriptionJa",
              description_en AS "descriptionEn", eligibility_ja AS "eligibilityJa", max_requested_amount::float AS "maxRequestedAmount",
              recruitment_fiscal_year AS "recruitmentFiscalYear", partnership_form AS "partnershipForm",
              subsidy_ratio_numerator AS "subsidyRatioNumerator", subsidy_ratio_denominator AS "subsidyRatioDenominator",
              yearly_caps::float8[] AS "yearlyCaps",
              submission_opens_at AS "submissionOpensAt", submission_closes_at AS "submissionClosesAt", publication_at AS "publicationAt",
              continuation_allowed AS "continuationAllowed", continuation_max_years AS "continuationMaxYears",
              (SELECT coalesce(json_agg(json_build_object('titleJa', t.title_ja, 'titleEn', t.title_en) ORDER BY t.created_at), '[]')
                 FROM themes t WHERE t.call_id = calls.id) AS themes,
              (SELECT coalesce(json_agg(json_build_object('id', d.id, 'title', d.title, 'filename', d.filename,
                        'contentType', d.content_type, 'sizeBytes', d.size_bytes) ORDER BY d.uploaded_at, d.id), '[]')
                 FROM call_documents d WHERE d.call_id = calls.id AND calls.submission_opens_at <= now()) AS documents
         FROM calls WHERE municipality_id = $1 ORDER BY fiscal_year DESC, submission_opens_at DESC`,
      [municipalityId],
    );
    return rows;
  }

  themeById(id: string): Promise<ThemeEntity | null> {
    return this.db.getRepository(ThemeEntity).findOneBy({ id });
  }

  themesOf(callId: string): Promise<ThemeEntity[]> {
    return this.db.getRepository(ThemeEntity).find({ where: { callId }, order: { createdAt: 'ASC' } });
  }

  async insertTheme(manager: EntityManager, row: ThemeEntity): Promise<void> {
    await manager.insert(ThemeEntity, row);
  }
}
