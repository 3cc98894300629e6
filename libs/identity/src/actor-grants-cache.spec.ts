import type { AppConfig } from '@kyodo/config';
import { ActorGrantsCache } from './actor-grants-cache';
import type { UserGrants } from './users/user.repository';

const grants = (role: 'secretariat' | 'reviewer'): UserGrants => ({
  municipalityId: 'm1',
  platformAdmin: false,
  locale: 'ja',
  session: true,
  mustChangePassword: false,
  mfaEnrolled: false,
  mfaRequiredForStaff: false,
  viaSso: false,
  memberships: [{ organizationId: 'o1', role }],
});
const cacheFor = (ms: number) => new ActorGrantsCache({ ACTOR_CACHE_MS: ms } as AppConfig);

describe('the actor grants cache', () => {
  it('answers from memory within its time and reads again after', () => {
    const cache = cacheFor(2000);
    cache.set('u1', 'f1', grants('secretariat'), cache.currentGeneration(), 1_000);
    expect(cache.get('u1', 'f1', 2_999)?.memberships[0]?.role).toBe('secretariat');
    expect(cache.get('u1', 'f2', 2_999)).toBeUndefined();
    expect(cache.get('u1', 'f1', 3_000)).toBeUndefined();
  });

  it('forgets everything when a write request ends, and keeps no read that began before it', () => {
    const cache = cacheFor(2000);
    cache.set('u1', 'f1', grants('secretariat'), cache.currentGeneration(), 0);
    const readBeganUnder = cache.currentGeneration();
    cache.clear(); // e.g. the secretariat role was removed and the request that removed it is answering
    expect(cache.get('u1', 'f1', 1)).toBeUndefined();
    cache.set('u1', 'f1', grants('secretariat'), readBeganUnder, 2); // the racing read comes back with the old grants
    expect(cache.get('u1', 'f1', 3)).toBeUndefined();
    cache.set('u1', 'f1', grants('reviewer'), cache.currentGeneration(), 4);
    expect(cache.get('u1', 'f1', 5)?.memberships[0]?.role).toBe('reviewer');
  });

  it('keeps nothing when turned off (ACTOR_CACHE_MS=0)', () => {
    const cache = cacheFor(0);
    cache.set('u1', 'f1', grants('secretariat'), cache.currentGeneration(), 0);
    expect(cache.get('u1', 'f1', 0)).toBeUndefined();
  });

  it('holds at most 20,000 sessions, letting the oldest go first', () => {
    const cache = cacheFor(2000);
    for (let i = 0; i <= 20_000; i++) cache.set(`u${i}`, 'f', grants('reviewer'), cache.currentGeneration(), 0);
    expect(cache.get('u0', 'f', 1)).toBeUndefined();
    expect(cache.get('u1', 'f', 1)).toBeDefined();
    expect(cache.get('u20000', 'f', 1)).toBeDefined();
  });
});
