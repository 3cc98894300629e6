import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MunicipalityRepository } from '@kyodo/identity';
import { type Actor, hasRole, NotFoundError } from '@kyodo/platform';
import { enqueueInOutbox } from '@kyodo/queues';
import { type DeadLetter, DeadLetterRepository } from './dead-letters/dead-letter.repository';

/**
 * Jobs that failed their last attempt land here; administrators see them and
 * send them again (through the outbox, with a fresh job id).
 */
@Injectable()
export class DeadLettersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly deadLetters: DeadLetterRepository,
    private readonly municipalities: MunicipalityRepository,
  ) {}

  async record(entry: {
    queue: string;
    jobName: string;
    jobId: string;
    payload: unknown;
    error: string;
    attempts: number;
  }) {
    // A municipality that does not exist (or is no id at all) leaves the letter to the platform operator.
    const claimed = municipalityOf(entry.payload);
    const known = claimed !== null && UUID.test(claimed) && (await this.municipalities.exists(claimed));
    await this.deadLetters.record({
      ...entry,
      error: entry.error.slice(0, 2000),
      municipalityId: known ? claimed : null,
    });
  }

  /** The caller's municipality's dead letters; the platform operator sees every one. */
  async list(actor: Actor): Promise<DeadLetter[]> {
    this.requireStaff(actor);
    return this.deadLetters.list({ all: actor.platformAdmin, municipalityId: actor.municipalityId });
  }

  async retry(actor: Actor, id: string) {
    this.requireStaff(actor);
    return this.dataSource.transaction(async (manager) => {
      const letter = await this.deadLetters.lockForRetry(manager, id);
      if (!letter || (!actor.platformAdmin && letter.municipalityId !== actor.municipalityId))
        throw new NotFoundError({ ja: '失敗した処理', en: 'The dead letter' });
      const { outboxId: _old, ...payload } = letter.payload;
      await enqueueInOutbox(manager, {
        name: letter.jobName,
        municipalityId: payload.municipalityId ?? null,
        payload,
        effectKey: `retry:${letter.id}:${Date.now()}`,
      });
      await this.deadLetters.markRetried(manager, id);
      return { retried: true };
    });
  }

  /** The secretariat runs the scheme (and resends its notices); the administrator runs the system. */
  private requireStaff(actor: Actor) {
    if (!actor.platformAdmin && !hasRole(actor, 'admin', 'secretariat')) {
      throw new NotFoundError({ ja: '失敗した処理', en: 'The dead letter' });
    }
  }
}

/** As PostgreSQL writes a uuid (lower case): the only spelling that ever named a municipality here. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function municipalityOf(payload: unknown): string | null {
  if (typeof payload !== 'object' || payload === null || !('municipalityId' in payload)) return null;
  return typeof payload.municipalityId === 'string' ? payload.municipalityId : null;
}
