import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ReadDataSource, type ReadFrom } from '@kyodo/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { ActivityFieldEntity } from './activity-field.entity';

/** A municipality's list of activity fields (活動分野). */
@Injectable()
export class ActivityFieldRepository {
  private readonly reads: ReadDataSource;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    /** Where the public reads go (the read replica when one is set); built by hand, every read is on `db`. */
    @Inject(ReadDataSource) reads?: ReadDataSource,
  ) {
    this.reads = reads ?? ReadDataSource.primaryOnly(db);
  }

  /** The municipality's fields in their order. */
  listFor(municipalityId: string, from: ReadFrom = 'primary'): Promise<ActivityFieldEntity[]> {
    return this.reads
      .of(from)
      .getRepository(ActivityFieldEntity)
      .find({
        where: { municipalityId },
        order: { position: 'ASC' },
      });
  }

  async insert(manager: EntityManager, fields: ActivityFieldEntity[]): Promise<void> {
    await manager.insert(ActivityFieldEntity, fields);
  }

  /** Replaces the municipality's whole list in the caller's transaction. */
  async replace(manager: EntityManager, municipalityId: string, fields: ActivityFieldEntity[]): Promise<void> {
    await manager.delete(ActivityFieldEntity, { municipalityId });
    await manager.insert(ActivityFieldEntity, fields);
  }
}
