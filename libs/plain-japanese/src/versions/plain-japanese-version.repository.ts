import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { type PlainJapaneseSubject, PlainJapaneseVersionEntity } from './plain-japanese-version.entity';

export interface PlainJapaneseVersion {
  subjectId: string;
  text: string;
  updatedAt: Date;
}

/** やさしい日本語 versions: the only place that sends plain_japanese_versions' SQL. */
@Injectable()
export class PlainJapaneseVersionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async find(subject: PlainJapaneseSubject, subjectId: string): Promise<PlainJapaneseVersion | null> {
    const row = await this.db.getRepository(PlainJapaneseVersionEntity).findOne({ where: { subject, subjectId } });
    return row ? { subjectId: row.subjectId, text: row.text, updatedAt: row.updatedAt } : null;
  }

  /** The municipality's versions of one kind of text. */
  async listFor(municipalityId: string, subject: PlainJapaneseSubject): Promise<PlainJapaneseVersion[]> {
    const rows = await this.db
      .getRepository(PlainJapaneseVersionEntity)
      .find({ where: { municipalityId, subject }, order: { subjectId: 'ASC' } });
    return rows.map((row) => ({ subjectId: row.subjectId, text: row.text, updatedAt: row.updatedAt }));
  }

  /** The versions of a subject's texts (e.g. both 講評 of a proposal). */
  async listOf(
    subjectId: string,
    subjects: readonly PlainJapaneseSubject[],
  ): Promise<Map<PlainJapaneseSubject, PlainJapaneseVersion>> {
    const rows = await this.db
      .getRepository(PlainJapaneseVersionEntity)
      .find({ where: { subjectId, subject: In([...subjects]) } });
    return new Map(
      rows.map((row) => [row.subject, { subjectId: row.subjectId, text: row.text, updatedAt: row.updatedAt }]),
    );
  }

  async save(row: Omit<PlainJapaneseVersionEntity, 'updatedAt'>): Promise<void> {
    await this.db
      .getRepository(PlainJapaneseVersionEntity)
      .upsert({ ...row, updatedAt: new Date() }, { conflictPaths: ['subject', 'subjectId'] });
  }

  async remove(subject: PlainJapaneseSubject, subjectId: string): Promise<void> {
    await this.db.getRepository(PlainJapaneseVersionEntity).delete({ subject, subjectId });
  }
}
