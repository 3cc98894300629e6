import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { OutboxMessageEntity } from '@kyodo/persistence';
import { JOB_QUEUE, type JobName, type JobPayloads } from './job-catalogue';

export interface OutboxEntry<N extends JobName> {
  name: N;
  payload: Omit<JobPayloads[N], 'outboxId'>;
  municipalityId: string | null;
  /** Delay the job until then (deadlines, reminders). */
  deliverAt?: Date;
  /** Stable identity of the effect; the same key never produces two jobs. */
  effectKey?: string;
  /** Hold until the call's batch announcement is released. */
  heldForCall?: string;
}

/**
 * Writes side effects as rows in the caller's transaction. Nothing reaches
 * Redis here: the relay moves committed rows to BullMQ later.
 */
export async function enqueueInOutbox<N extends JobName>(
  manager: EntityManager,
  entry: OutboxEntry<N>,
): Promise<string> {
  const id = randomUUID();
  const jobId = entry.effectKey
    ? `${entry.name}--${createHash('sha256').update(entry.effectKey).digest('hex').slice(0, 32)}`
    : `${entry.name}--${id}`;
  await manager.insert(OutboxMessageEntity, {
    id,
    municipalityId: entry.municipalityId,
    queue: JOB_QUEUE[entry.name],
    jobName: entry.name,
    payload: { ...entry.payload, outboxId: id },
    deliverAt: entry.deliverAt ?? null,
    heldForCall: entry.heldForCall ?? null,
    jobId,
  });
  return id;
}
