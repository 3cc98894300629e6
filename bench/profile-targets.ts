import { ApiClient, createMunicipality, type RunningSystem } from '@kyodo/testing';
import { createDataSource } from '@kyodo/persistence';
import { BENCH_ENTITIES } from './bench-entities';
import { seedDecidedCall } from './disclosure-seed';

/** What one profiled route loads: Kyodo's URL and headers, and the bare server's path answering the same SQL. */
export interface ProfiledRoute {
  kyodoUrl: string;
  headers: Record<string, string>;
  barePath: string;
}

/** A route `npm run profile -- <name>` can profile, and what its document says about the profiles before. */
export interface ProfileTarget {
  name: string;
  /** The route as people read it, e.g. GET /api/v1/calls. */
  route: string;
  /** Heading of the written document. */
  heading: string;
  /** docs/<doc>.md and docs/profiles/<doc>.svg. */
  doc: string;
  prepare(system: RunningSystem): Promise<ProfiledRoute>;
  /** What earlier profiles showed and what changed, kept in the document (markdown). */
  history: string;
}

const calls: ProfileTarget = {
  name: 'calls',
  route: 'GET /api/v1/calls',
  heading: "Where an authenticated read's time goes",
  doc: 'profile',
  async prepare(system) {
    const fixture = await createMunicipality(new ApiClient(system.baseUrl), 'プロファイル市');
    return {
      kyodoUrl: `${system.baseUrl}/api/v1/calls`,
      headers: { authorization: `Bearer ${fixture.secretariat.token!}` },
      barePath: `/calls/${fixture.municipalityId}`,
    };
  },
  history: `## What the first profile showed (2026-12-07, before the changes)

The same measurement before: PostgreSQL 0.85–1.37 ms per request against the baseline's 0.16–0.26 ms, the API
process 1.0–1.7 ms against 0.15–0.30 ms (GET /api/v1/calls at 0.28 of the baseline). Where it went, and what changed:

- The signed-in person's grants (four tables, three sub-plans) were parsed and planned by PostgreSQL on every
  request: 1.37 ms a round trip, 0.44 ms as a named statement. Now a named statement, and kept for a moment in the
  actor cache (docs/accounts.md says why that is safe).
- The calls list went through TypeORM's query builder, a third of the handler's time: now a named statement with
  TypeORM's own column hydration.
- The token's HMAC, about a twelfth: verified tokens are remembered (expiry checked on every use).
- helmet's chain of middlewares, about a twentieth: its headers are worked out once.
- 年度 names and the day in Japan through ICU, about an eighth of the handler: memoised, and arithmetic after 1952.`,
};

/** The public record of one proposal among 10,000 disclosed ones, as the bench's public rows seed them. */
const publicRecord: ProfileTarget = {
  name: 'public-record',
  route: 'GET /api/v1/public/proposals/{id}',
  heading: "Where a public record's time goes",
  doc: 'profile-public-record',
  async prepare(system) {
    const dataSource = createDataSource({ url: system.databaseUrl!, poolSize: 2, entities: BENCH_ENTITIES });
    await dataSource.initialize();
    try {
      const seeded = await seedDecidedCall(dataSource, Number(process.env.BENCH_DISCLOSED ?? 10_000), 5);
      const record = seeded.proposalIds[Math.floor(seeded.proposalIds.length / 2)]!;
      return {
        kyodoUrl: `${system.baseUrl}/api/v1/public/proposals/${record}`,
        headers: {},
        barePath: `/public/record/${record}`,
      };
    } finally {
      await dataSource.destroy();
    }
  },
  history: `## What the first profile showed (2026-12-07, before the changes)

The same measurement before: 366 req/s against the baseline's 1,540; the API process 2.33 ms per request against
0.44 ms, PostgreSQL 1.62 ms against 0.45 ms. The record had grown, since the 12-04 bench, from two reads to five, one
after the other: the versions (whole packages, the counted sheets' matrix included and dropped after parsing), the
state history, the continuation chain, whether the predecessor's decision is disclosed, and the proposal row for the
proposing group (through TypeORM's query builder). What changed:

- The three reads run at once, each a named statement (PostgreSQL had planned each on every request); the
  proposing group comes from the chain's first link, so the proposal row is not read again; the predecessor is
  asked about only when there is one.
- PostgreSQL leaves the verification part out of the packages (\`package - 'verification'\`): no page shows it.
- The public reads' JSON is serialised once, for the ETag and for the answer alike (it was serialised twice).
- The read replica, when set, keeps named statements as its primary does.

What remains over the baseline is mostly the system calls of one more query and of the rate limit's Redis counter
(\`writev\` and \`writeUtf8String\` in the table below), which the baseline does not keep.`,
};

export const PROFILE_TARGETS: readonly ProfileTarget[] = [calls, publicRecord];
