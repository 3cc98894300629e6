import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FuriganaReadingEntity } from './furigana-reading.entity';

export interface FuriganaReading {
  word: string;
  reading: string;
}

/** The municipality's corrected readings: the only place that sends furigana_readings' SQL. */
@Injectable()
export class FuriganaReadingRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The municipality's readings, by word. */
  async list(municipalityId: string): Promise<FuriganaReading[]> {
    const rows = await this.db
      .getRepository(FuriganaReadingEntity)
      .find({ where: { municipalityId }, order: { word: 'ASC' } });
    return rows.map(({ word, reading }) => ({ word, reading }));
  }

  /** The municipality's readings replaced by `readings`, at once. */
  async replace(municipalityId: string, readings: FuriganaReading[], userId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      await manager.delete(FuriganaReadingEntity, { municipalityId });
      if (readings.length === 0) return;
      const now = new Date();
      await manager.insert(
        FuriganaReadingEntity,
        readings.map(({ word, reading }) => ({ municipalityId, word, reading, updatedBy: userId, updatedAt: now })),
      );
    });
  }
}
