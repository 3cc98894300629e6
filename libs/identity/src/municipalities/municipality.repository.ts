import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ReadDataSource, type ReadFrom } from '@kyodo/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { MunicipalityEntity } from './municipality.entity';

/** Whether a municipality joins the cross-municipality comparison, with the 全国地方公共団体コード it carries there. */
export interface ComparisonSetting {
  comparisonOptIn: boolean;
  localGovernmentCode: string | null;
}

/** Municipalities, the tenants. */
@Injectable()
export class MunicipalityRepository {
  private readonly reads: ReadDataSource;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    /** Where the public reads go (the read replica when one is set); built by hand, every read is on `db`. */
    @Inject(ReadDataSource) reads?: ReadDataSource,
  ) {
    this.reads = reads ?? ReadDataSource.primaryOnly(db);
  }

  exists(id: string): Promise<boolean> {
    return this.db.getRepository(MunicipalityEntity).existsBy({ id });
  }

  /** Every municipality, by code. */
  listAll(): Promise<MunicipalityEntity[]> {
    return this.db.getRepository(MunicipalityEntity).find({ order: { code: 'ASC' } });
  }

  /** Every municipality as the public sees it (code and names), by Japanese name, then code. */
  async listByName(from: ReadFrom = 'primary'): Promise<Array<{ code: string; nameJa: string; nameEn: string }>> {
    const rows = await this.reads
      .of(from)
      .getRepository(MunicipalityEntity)
      .find({
        select: { code: true, nameJa: true, nameEn: true },
        order: { nameJa: 'ASC', code: 'ASC' },
      });
    return rows.map((r) => ({ code: r.code, nameJa: r.nameJa, nameEn: r.nameEn }));
  }

  /** The id of the municipality with this code (what the public reads are addressed by), or null when unknown. */
  async idByCode(code: string, from: ReadFrom = 'primary'): Promise<string | null> {
    const row = await this.reads
      .of(from)
      .getRepository(MunicipalityEntity)
      .findOne({ select: { id: true }, where: { code } });
    return row ? row.id : null;
  }

  /** The municipality as a list of one, or none when unknown. */
  listById(id: string, from: ReadFrom = 'primary'): Promise<MunicipalityEntity[]> {
    return this.reads.of(from).getRepository(MunicipalityEntity).findBy({ id });
  }

  /** Whether the municipality requires a second factor of its staff; false for an unknown one. */
  async mfaRequiredForStaff(id: string): Promise<boolean> {
    const row = await this.db
      .getRepository(MunicipalityEntity)
      .findOne({ select: { mfaRequiredForStaff: true }, where: { id } });
    return row?.mfaRequiredForStaff ?? false;
  }

  async setMfaRequiredForStaff(manager: EntityManager, id: string, required: boolean): Promise<void> {
    await manager.update(MunicipalityEntity, { id }, { mfaRequiredForStaff: required });
  }

  /** Whether the municipality joins the cross-municipality comparison, and its 全国地方公共団体コード if stated. */
  async comparisonSetting(id: string): Promise<ComparisonSetting> {
    const row = await this.db
      .getRepository(MunicipalityEntity)
      .findOne({ select: { comparisonOptIn: true, localGovernmentCode: true }, where: { id } });
    return { comparisonOptIn: row?.comparisonOptIn ?? false, localGovernmentCode: row?.localGovernmentCode ?? null };
  }

  async setComparison(manager: EntityManager, id: string, setting: ComparisonSetting): Promise<void> {
    await manager.update(MunicipalityEntity, { id }, setting);
  }

  /** The municipalities that joined the comparison, by 全国地方公共団体コード. */
  async listInComparison(
    from: ReadFrom = 'primary',
  ): Promise<Array<{ id: string; code: string; localGovernmentCode: string; nameJa: string; nameEn: string }>> {
    const rows = await this.reads
      .of(from)
      .getRepository(MunicipalityEntity)
      .find({
        select: { id: true, code: true, localGovernmentCode: true, nameJa: true, nameEn: true },
        where: { comparisonOptIn: true },
        order: { localGovernmentCode: 'ASC', code: 'ASC' },
      });
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      localGovernmentCode: r.localGovernmentCode ?? '',
      nameJa: r.nameJa,
      nameEn: r.nameEn,
    }));
  }

  async insert(manager: EntityManager, municipality: MunicipalityEntity): Promise<void> {
    await manager.insert(MunicipalityEntity, municipality);
  }
}
