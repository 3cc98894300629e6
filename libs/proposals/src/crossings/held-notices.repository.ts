import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * A call's decision notices held in libs/queues' outbox for a batch announcement (一斉通知). A crossing not yet
 * folded into queues' exported API (issue 16): kept here, typed, until it is.
 */
@Injectable()
export class HeldNoticesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async count(callId: string): Promise<number> {
    const [{ held }]: Array<{ held: number }> = await this.db.query(
      'SELECT count(*)::int AS held FROM outbox WHERE held_for_call = $1',
      [callId],
    );
    return held;
  }

  release(manager: EntityManager, callId: string): Promise<number> {
    return releaseHeldNotices(manager, callId);
  }
}

/** Lets the relay send a call's held decision notices. */
export async function releaseHeldNotices(manager: Pick<EntityManager, 'query'>, callId: string): Promise<number> {
  const [, released]: [unknown, number] = await manager.query(
    'UPDATE outbox SET held_for_call = NULL WHERE held_for_call = $1',
    [callId],
  );
  return released;
}
