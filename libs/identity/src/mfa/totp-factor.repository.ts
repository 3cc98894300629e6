import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull, LessThan, Not } from 'typeorm';
import { TotpFactorEntity } from './totp-factor.entity';

/** Users' TOTP authenticators (`totp_factors`). */
@Injectable()
export class TotpFactorRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  find(userId: string): Promise<TotpFactorEntity | null> {
    return this.db.getRepository(TotpFactorEntity).findOneBy({ userId });
  }

  /** The user's confirmed authenticator, or null (none, or enrolment not finished). */
  findConfirmed(userId: string): Promise<TotpFactorEntity | null> {
    return this.db.getRepository(TotpFactorEntity).findOneBy({ userId, confirmedAt: Not(IsNull()) });
  }

  /** Starts (or starts again) an enrolment with a new secret; refused by the caller once one is confirmed. */
  async putPending(manager: EntityManager, userId: string, secretSealed: string): Promise<void> {
    await manager.upsert(
      TotpFactorEntity,
      { userId, secretSealed, confirmedAt: null, lastUsedStep: '0' },
      { conflictPaths: ['userId'] },
    );
  }

  async confirm(manager: EntityManager, userId: string, step: number, at: Date): Promise<void> {
    await manager.update(TotpFactorEntity, { userId }, { confirmedAt: at, lastUsedStep: String(step) });
  }

  /**
   * Records `step` as used when no later or equal step was: false when the code (or a later one) was already used,
   * which is how a replayed code is refused even by two requests at once.
   */
  async useStep(userId: string, step: number): Promise<boolean> {
    const result = await this.db
      .getRepository(TotpFactorEntity)
      .update({ userId, lastUsedStep: LessThan(String(step)) }, { lastUsedStep: String(step) });
    return (result.affected ?? 0) === 1;
  }

  async remove(manager: EntityManager, userId: string): Promise<void> {
    await manager.delete(TotpFactorEntity, { userId });
  }
}
