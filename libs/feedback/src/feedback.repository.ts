import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FeedbackAnswerEntity } from './feedback-answer.entity';
import { FeedbackReceiptEntity } from './feedback-receipt.entity';

export interface NewFeedbackAnswer {
  municipalityId: string;
  fiscalYear: number;
  stage: string;
  ratings: Record<string, number>;
  comment: string | null;
}

export interface Receipt {
  userId: string;
  proposalId: string;
  stage: string;
}

/** The stored answer as the summary reads it: no id, nothing that tells one answer from another but its content. */
export interface StoredAnswer {
  stage: string;
  ratings: Record<string, number>;
  comment: string | null;
}

/** The questionnaire's two tables (`feedback_answers`, `feedback_receipts`), which nothing joins. */
@Injectable()
export class FeedbackRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The stages of proposals the account has answered. */
  async receiptsOf(userId: string): Promise<Receipt[]> {
    return this.db.getRepository(FeedbackReceiptEntity).find({ where: { userId } });
  }

  /**
   * Records the receipt and the answer in one transaction, or nothing and false when the account has answered this
   * stage of this proposal already (also when two answers race: the receipt's key lets one through).
   */
  async record(receipt: Receipt, answer: NewFeedbackAnswer): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(FeedbackReceiptEntity)
        .values(receipt)
        .orIgnore()
        .returning('user_id')
        .execute();
      if ((inserted.raw as unknown[]).length === 0) return false;
      await manager.insert(FeedbackAnswerEntity, { id: randomUUID(), ...answer });
      return true;
    });
  }

  /** The answers of a municipality's fiscal year, in the order of their random ids (not the order they came in). */
  async answersOf(municipalityId: string, fiscalYear: number): Promise<StoredAnswer[]> {
    return this.db.getRepository(FeedbackAnswerEntity).find({
      select: { stage: true, ratings: true, comment: true },
      where: { municipalityId, fiscalYear },
      order: { id: 'ASC' },
    });
  }

  /** The fiscal years the municipality has answers of, latest first. */
  async yearsOf(municipalityId: string): Promise<number[]> {
    const rows = await this.db
      .getRepository(FeedbackAnswerEntity)
      .createQueryBuilder('a')
      .select('DISTINCT a.fiscal_year', 'year')
      .where('a.municipality_id = :municipalityId', { municipalityId })
      .orderBy('year', 'DESC')
      .getRawMany<{ year: number }>();
    return rows.map((row) => Number(row.year));
  }
}
