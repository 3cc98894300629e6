import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { RecoveryCodeEntity } from './recovery-code.entity';

/** Users' recovery codes (`recovery_codes`). */
@Injectable()
export class RecoveryCodeRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Replaces every code of the user with these (hashes). */
  async replace(manager: EntityManager, userId: string, codeHashes: string[]): Promise<void> {
    await manager.delete(RecoveryCodeEntity, { userId });
    await manager.insert(
      RecoveryCodeEntity,
      codeHashes.map((codeHash) => ({ id: randomUUID(), userId, codeHash, usedAt: null })),
    );
  }

  /** Uses up the unused code with this hash; false when there is none (wrong, or used already). */
  async use(userId: string, codeHash: string, at: Date): Promise<boolean> {
    const result = await this.db
      .getRepository(RecoveryCodeEntity)
      .update({ userId, codeHash, usedAt: IsNull() }, { usedAt: at });
    return (result.affected ?? 0) === 1;
  }

  countUnused(userId: string): Promise<number> {
    return this.db.getRepository(RecoveryCodeEntity).countBy({ userId, usedAt: IsNull() });
  }

  async removeAll(manager: EntityManager, userId: string): Promise<void> {
    await manager.delete(RecoveryCodeEntity, { userId });
  }
}
