import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ActivityFieldEntity } from './activity-field.entity';

/** A municipality's list of activity fields (活動分野). */
@Injectable()
export class ActivityFieldRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The municipality's fields in their order. */
  listFor(municipalityId: string): Promise<ActivityFieldEntity[]> {
    return this.db.getRepository(ActivityFieldEntity).find({
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
