import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JOB_QUEUE, type JobName, type JobPayloads } from './job-catalogue';
import { OutboxRepository } from './outbox.repository';

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
@Injectable()
export class Outbox {
  constructor(private readonly messages: OutboxRepository) {}

  async enqueue<N extends JobName>(manager: EntityManager, entry: OutboxEntry<N>): Promise<string> {
    const [id] = await this.enqueueAll(manager, [entry]);
    return id!;
  }

  /** Several entries in one statement (a transition's notices and publications), ids in the entries' order. */
  async enqueueAll(manager: EntityManager, entries: Array<OutboxEntry<JobName>>): Promise<string[]> {
    const messages = entries.map((entry) => {
      const id = randomUUID();
      const jobId = entry.effectKey
        ? `${entry.name}--${createHash('sha256').update(entry.effectKey).digest('hex').slice(0, 32)}`
        : `${entry.name}--${id}`;
      return {
        id,
        municipalityId: entry.municipalityId,
        queue: JOB_QUEUE[entry.name],
        jobName: entry.name,
        payload: { ...entry.payload, outboxId: id },
        deliverAt: entry.deliverAt ?? null,
        heldForCall: entry.heldForCall ?? null,
        jobId,
      };
    });
    await this.messages.insert(manager, ...messages);
    return messages.map((message) => message.id);
  }
}

/**
 * `Outbox.enqueue` for callers that hold a transaction but not the injected outbox (other libraries' services built
 * by hand, specs, benchmarks): the same row, written through the transaction's own data source.
 */
export function enqueueInOutbox<N extends JobName>(manager: EntityManager, entry: OutboxEntry<N>): Promise<string> {
  return new Outbox(new OutboxRepository(manager.connection)).enqueue(manager, entry);
}

/** `Outbox.enqueueAll` likewise: several rows in one statement. */
export function enqueueAllInOutbox(manager: EntityManager, entries: Array<OutboxEntry<JobName>>): Promise<string[]> {
  return new Outbox(new OutboxRepository(manager.connection)).enqueueAll(manager, entries);
}
