import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ReadDataSource, type ReadFrom } from '@kyodo/persistence';
import { DataSource, type EntityManager, In } from 'typeorm';
import { OrganizationEntity } from './organization.entity';

/** Citizen groups, departments and intermediaries of a municipality. */
@Injectable()
export class OrganizationRepository {
  private readonly reads: ReadDataSource;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    /** Where the public reads go (the read replica when one is set); built by hand, every read is on `db`. */
    @Inject(ReadDataSource) reads?: ReadDataSource,
  ) {
    this.reads = reads ?? ReadDataSource.primaryOnly(db);
  }

  findById(id: string, from: ReadFrom = 'primary'): Promise<OrganizationEntity | null> {
    return this.reads.of(from).getRepository(OrganizationEntity).findOneBy({ id });
  }

  /** The Japanese name of each of the organisations, by id (unknown ids are left out). */
  async japaneseNamesOf(ids: string[]): Promise<Map<string, string>> {
    const rows: Array<{ id: string; name_ja: string }> = await this.db.query(
      'SELECT id, name_ja FROM organizations WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.name_ja]));
  }

  /** The organisations with these ids, by Japanese name, in one read (unknown ids are left out). */
  listByIds(ids: string[], from: ReadFrom = 'primary'): Promise<OrganizationEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.reads
      .of(from)
      .getRepository(OrganizationEntity)
      .find({ where: { id: In(ids) }, order: { nameJa: 'ASC' } });
  }

  /** How many of `ids` are departments of the municipality (a proposal's partner departments are checked so). */
  countDepartments(ids: string[], municipalityId: string): Promise<number> {
    return this.db.getRepository(OrganizationEntity).countBy({ id: In(ids), municipalityId, kind: 'department' });
  }

  /**
   * How many of `ids` are citizen organisations (groups, intermediaries) of the municipality: a department's
   * proposal names its partner groups (協働相手) so.
   */
  countCitizenOrganizations(ids: string[], municipalityId: string): Promise<number> {
    return this.db
      .getRepository(OrganizationEntity)
      .countBy({ id: In(ids), municipalityId, kind: In(['group', 'intermediary']) });
  }

  /** The municipality's organisations by kind, then Japanese name. */
  listFor(municipalityId: string): Promise<OrganizationEntity[]> {
    return this.db.getRepository(OrganizationEntity).find({
      where: { municipalityId },
      order: { kind: 'ASC', nameJa: 'ASC' },
    });
  }

  async insert(manager: EntityManager, organization: OrganizationEntity): Promise<void> {
    await manager.insert(OrganizationEntity, organization);
  }
}
