import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ReadDataSource, type ReadFrom } from '@kyodo/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { MunicipalityProfileEntity } from './municipality-profile.entity';

/** The contact and emblem a municipality shows the public: the municipality_profiles table. */
export interface ContactColumns {
  contactDepartmentJa: string;
  contactDepartmentEn: string;
  contactPhone: string;
  contactEmail: string;
  contactAddressJa: string;
  contactAddressEn: string;
  contactHoursJa: string;
  contactHoursEn: string;
}

export interface EmblemColumns {
  emblemContentType: 'image/png' | 'image/jpeg' | null;
  emblemSizeBytes: number | null;
  emblemSha256: string | null;
  emblemData: Buffer | null;
}

@Injectable()
export class MunicipalityProfileRepository {
  private readonly reads: ReadDataSource;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    /** Where the public reads go (the read replica when one is set); built by hand, every read is on `db`. */
    @Inject(ReadDataSource) reads?: ReadDataSource,
  ) {
    this.reads = reads ?? ReadDataSource.primaryOnly(db);
  }

  /** The profile without the emblem's bytes, or null when nothing is set. */
  find(municipalityId: string, from: ReadFrom = 'primary'): Promise<MunicipalityProfileEntity | null> {
    return this.reads.of(from).getRepository(MunicipalityProfileEntity).findOneBy({ municipalityId });
  }

  /** The emblem's bytes and type, or null when there is none. */
  async emblem(
    municipalityId: string,
    from: ReadFrom = 'primary',
  ): Promise<{ contentType: string; sha256: string; data: Buffer } | null> {
    const rows: Array<{ content_type: string; sha256: string; data: Buffer }> = await this.reads.of(from).query(
      `SELECT emblem_content_type AS content_type, emblem_sha256 AS sha256, emblem_data AS data
         FROM municipality_profiles WHERE municipality_id = $1 AND emblem_data IS NOT NULL`,
      [municipalityId],
    );
    const row = rows[0];
    return row ? { contentType: row.content_type, sha256: row.sha256, data: row.data } : null;
  }

  /** Creates the row or changes the given columns of it. */
  async upsert(
    manager: EntityManager,
    municipalityId: string,
    columns: Partial<ContactColumns & EmblemColumns>,
    at: Date,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(MunicipalityProfileEntity)
      .values({ municipalityId, ...columns, updatedAt: at })
      .orUpdate([...Object.keys(columns).map(columnName), 'updated_at'], ['municipality_id'])
      .execute();
  }
}

/** contactPhone → contact_phone: the column names the entity declares, for the upsert's conflict clause. */
function columnName(property: string): string {
  return property.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
