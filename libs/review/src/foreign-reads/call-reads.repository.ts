import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

export interface CallSettings {
  municipalityId: string;
  evaluationSettings: unknown;
}

export interface CallTitle {
  municipalityId: string;
  titleJa: string;
  titleEn: string;
}

/**
 * What review reads of a call. `calls` belongs to libs/proposals: these reads wait here, named, until its API
 * answers them (issue 16, CROSSINGS_NOT_YET_FOLDED).
 */
@Injectable()
export class CallReadsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The call's municipality, or null when there is no such call. */
  async municipalityOf(callId: string): Promise<string | null> {
    const [row]: Array<{ municipality_id: string }> = await this.db.query(
      'SELECT municipality_id FROM calls WHERE id = $1',
      [callId],
    );
    return row?.municipality_id ?? null;
  }

  /** Serialises the rubric edits of one call: the lock holds until the transaction ends. */
  async lock(manager: EntityManager, callId: string): Promise<void> {
    await manager.query('SELECT id FROM calls WHERE id = $1 FOR UPDATE', [callId]);
  }

  async settingsOf(callId: string): Promise<CallSettings | null> {
    const [row]: Array<{ municipality_id: string; evaluation_settings: unknown }> = await this.db.query(
      'SELECT municipality_id, evaluation_settings FROM calls WHERE id = $1',
      [callId],
    );
    return row ? { municipalityId: row.municipality_id, evaluationSettings: row.evaluation_settings } : null;
  }

  async titleOf(callId: string): Promise<CallTitle | null> {
    const [row]: Array<{ municipality_id: string; title_ja: string; title_en: string }> = await this.db.query(
      'SELECT municipality_id, title_ja, title_en FROM calls WHERE id = $1',
      [callId],
    );
    return row ? { municipalityId: row.municipality_id, titleJa: row.title_ja, titleEn: row.title_en } : null;
  }
}
