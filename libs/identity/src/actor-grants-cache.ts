import { Injectable } from '@nestjs/common';
import { AppConfig } from '@kyodo/config';
import type { UserGrants } from './users/user.repository';

interface Entry {
  grants: UserGrants;
  expiresAt: number;
}

/** Enough for every signed-in person of a large deployment; the oldest entry goes first beyond it. */
const MAX_ENTRIES = 20_000;

/**
 * A person's grants for a few moments (ACTOR_CACHE_MS, default 2 s), keyed by user and sign-in session, so the
 * burst of requests one page fires, and a busy deadline day, read them once instead of once a request.
 *
 * Why it is safe:
 * - Within this process, every request that may write (any method but GET, HEAD and OPTIONS) empties the cache
 *   once its handler has finished — after its transaction committed and before its response leaves — so a sign-out,
 *   a removed role, a deactivation or a changed MFA rule made through this process holds for the very next request.
 * - A load that began before such an emptying is not stored (the generation moved on), so a request racing the
 *   write cannot put the old grants back.
 * - Across processes (several API processes), a change is seen within ACTOR_CACHE_MS, like a read replica's lag;
 *   ACTOR_CACHE_MS=0 turns the cache off where even that is too long.
 */
@Injectable()
export class ActorGrantsCache {
  private readonly ttlMs: number;
  private readonly entries = new Map<string, Entry>();
  private generation = 0;

  constructor(config: AppConfig) {
    this.ttlMs = config.ACTOR_CACHE_MS;
  }

  /** The grants stored for this session and still fresh; undefined when they must be read. */
  get(userId: string, familyId: string, now: number): UserGrants | undefined {
    if (this.ttlMs === 0) return undefined;
    const key = `${userId}:${familyId}`;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt > now) return entry.grants;
    this.entries.delete(key);
    return undefined;
  }

  /** The generation a load starts under; pass it back to `set`. */
  currentGeneration(): number {
    return this.generation;
  }

  set(userId: string, familyId: string, grants: UserGrants, loadedUnder: number, now: number): void {
    if (this.ttlMs === 0 || loadedUnder !== this.generation) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(`${userId}:${familyId}`, { grants, expiresAt: now + this.ttlMs });
  }

  /** After a request that may have changed anyone's grants. */
  clear(): void {
    this.generation++;
    this.entries.clear();
  }
}
