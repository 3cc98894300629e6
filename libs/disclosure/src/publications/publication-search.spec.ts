import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createDataSource, migrate } from '@kyodo/persistence';
import { createTestDatabase, TEST_DB, type TestDatabase } from '@kyodo/testing';
import { PublicationRepository } from './publication.repository';

/** The public list's words, on the real database: both sides normalised, the GIN index and LIKE together. */
describe(`Japanese search of the public list on ${TEST_DB}`, () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let repository: PublicationRepository;
  const municipalityId = randomUUID();
  const ids = new Map<string, string>();

  const TITLES: Array<[key: string, title: string, organization: string]> = [
    ['kodomo-kanji-kana', '子ども食堂の運営', '地域の会'],
    ['kodomo-kanji', '子供の学習支援', '地域の会'],
    ['kodomo-hiragana', 'こどもの居場所づくり', '地域の会'],
    ['npo-fullwidth', '見守り活動', 'ＮＰＯ法人 みまもり'],
    ['npo-spelled-out', '防災訓練', '特定非営利活動法人 そなえ'],
    ['volunteer-katakana', 'ボランティア育成講座', '地域の会'],
    ['volunteer-halfwidth', 'ﾎﾞﾗﾝﾃｨｱの交流会', '地域の会'],
    ['unrelated', '子育て相談', '地域の会'],
  ];

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = createDataSource({ url: db.url, poolSize: 2 });
    await dataSource.initialize();
    await migrate(dataSource);
    repository = new PublicationRepository(dataSource);
    const [org, user, call] = [randomUUID(), randomUUID(), randomUUID()];
    await dataSource.query(
      `INSERT INTO municipalities (id, code, name_ja, name_en) VALUES ($1, $2, '検索市', 'Search City')`,
      [municipalityId, `search-${municipalityId.slice(0, 8)}`],
    );
    await dataSource.query(
      `INSERT INTO organizations (id, municipality_id, kind, name_ja, name_en) VALUES ($1, $2, 'group', '地域の会', '')`,
      [org, municipalityId],
    );
    await dataSource.query(
      `INSERT INTO users (id, municipality_id, email, display_name, password_hash, locale) VALUES ($1, $2, $3, '職員', 'x', 'ja')`,
      [user, municipalityId, `u-${user}@kyodo.test`],
    );
    await dataSource.query(
      `INSERT INTO calls (id, municipality_id, fiscal_year, recruitment_fiscal_year, title_ja, title_en, submission_opens_at, submission_closes_at)
       VALUES ($1, $2, 2026, 2026, '令和8年度', '', '2026-04-01', '2026-06-30')`,
      [call, municipalityId],
    );
    for (const [key, title, organization] of TITLES) {
      const proposalId = randomUUID();
      ids.set(key, proposalId);
      await dataSource.query(
        `INSERT INTO proposals (id, municipality_id, call_id, organization_id, origin, title, content, state, snapshot, machine_version, version, created_by)
         VALUES ($1, $2, $3, $4, 'group', $5, '{}', 'disclosed', '{}', 2, 1, $6)`,
        [proposalId, municipalityId, call, org, title, user],
      );
      await dataSource.transaction((manager) =>
        repository.insertNextVersion(manager, {
          municipalityId,
          callId: call,
          proposalId,
          kind: 'decision',
          sourceKey: `search:${proposalId}`,
          correctionReason: null,
          package: {
            proposal: { id: proposalId, title, summary: '', organization: { ja: organization, en: '' }, theme: null },
            call: { fiscalYear: 2026 },
            decision: { outcome: 'adopted', comment: '' },
          },
        }),
      );
    }
  });

  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  const found = async (q: string) =>
    (await repository.latestDecisionPage({ municipalityId, q, limit: 100 }))
      .map((row) => [...ids].find(([, id]) => id === row.proposalId)![0])
      .sort();

  it('finds 子ども, 子供 and こども whichever way the reader writes it, and not 子育て', async () => {
    const kodomo = ['kodomo-hiragana', 'kodomo-kanji', 'kodomo-kanji-kana'];
    for (const q of ['こども', '子ども', '子供', 'コドモ', 'ｺﾄﾞﾓ']) expect(await found(q)).toEqual(kodomo);
    expect(await found('子ども食堂')).toEqual(['kodomo-kanji-kana']);
    expect(await found('こども食堂')).toEqual(['kodomo-kanji-kana']);
  });

  it('finds NPO in any width and case, and under its spelled-out name', async () => {
    for (const q of ['NPO', 'ＮＰＯ', 'npo', 'ｎｐｏ'])
      expect(await found(q)).toEqual(['npo-fullwidth', 'npo-spelled-out']);
    expect(await found('特定非営利活動法人')).toEqual(['npo-fullwidth', 'npo-spelled-out']);
  });

  it('finds katakana, half-width katakana and hiragana alike', async () => {
    for (const q of ['ボランティア', 'ぼらんてぃあ', 'ﾎﾞﾗﾝﾃｨｱ'])
      expect(await found(q)).toEqual(['volunteer-halfwidth', 'volunteer-katakana']);
  });

  it('needs every word, takes one character, and treats LIKE wildcards as text', async () => {
    expect(await found('ボランティア　交流')).toEqual(['volunteer-halfwidth']);
    expect(await found('育')).toEqual(['unrelated', 'volunteer-katakana']);
    expect(await found('%')).toEqual([]);
    expect(await found('_')).toEqual([]);
  });

  it('narrows by the GIN index of two-character pieces', async () => {
    // Eight rows are cheaper to scan than to look up: take the scan away to see that the index serves the test.
    const plan: Array<Record<string, string>> = await dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL enable_seqscan = off');
      return manager.query(`EXPLAIN SELECT id FROM publications WHERE search_grams @> ARRAY['こど', 'ども']::text[]`);
    });
    expect(plan.map((row) => Object.values(row)[0]).join('\n')).toContain('publications_search_grams');
  });
});
