import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { MunicipalityEntity } from './municipality.entity';

/** Municipalities, the tenants. */
@Injectable()
export class MunicipalityRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  exists(id: string): Promise<boolean> {
    return this.db.getRepository(MunicipalityEntity).existsBy({ id });
  }

  /** Every municipality, by code. */
  listAll(): Promise<MunicipalityEntity[]> {
    return this.db.getRepository(MunicipalityEntity).find({ order: { code: 'ASC' } });
  }

  /** The municipality as a list of one, or none when unknown. */
  listById(id: string): Promise<MunicipalityEntity[]> {
    return this.db.getRepository(MunicipalityEntity).findBy({ id });
  }

  async insert(manager: EntityManager, municipality: MunicipalityEntity): Promise<void> {
    await manager.insert(MunicipalityEntity, municipality);
  }
}
