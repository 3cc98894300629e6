import { call } from '../../../api/client';
import { defineMessages, useLocale, useT } from '../../../i18n/i18n';
import { Async, PageTitle } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { WithMunicipality } from '../municipality';
import { OpenDataColumns } from '../components/open-data-columns';

const messages = defineMessages({
  ja: {
    title: 'オープンデータ',
    lead: '公開された審査結果（採否、評価点、講評など）を、機械で読める形式で提供しています。個人の連絡先や審査員の氏名は含みません。',
    licence: '利用条件',
    licenceText:
      'クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）で提供します。出典（自治体名と「協働事業提案制度 公開データ」）を示せば、商用を含め自由に複製・加工・再配布できます。',
    all: 'すべての募集',
    perCall: '募集ごと',
    csv: 'CSV',
    csvExcel: 'CSV（Excel 用・BOM 付き）',
    csvSjis: 'CSV（Shift_JIS）',
    funnel: '提案から実施までの件数（統計）',
    funnelText:
      '統計ページの数字です。年度・提案の種類・提案者・担当課・活動分野ごとに、提案件数・不受理・取下げ・審査中・不採択・採択・実施の件数と、採択率・実施率（いずれも提案件数に対する割合）を載せています。',
    json: 'JSON',
    zip: 'ZIP（CSV〔UTF-8・Shift_JIS〕・JSON・スキーマ・説明書・検証用の採点表とスクリプト）',
    download: '{what}をダウンロード：{format}',
    formats: '形式',
    formatsText:
      'CSV は UTF-8、RFC 4180 準拠、改行は CRLF です。Excel で開く場合は BOM 付きをお使いください。古い表計算ソフト向けに Shift_JIS（CP932）版もあります。Shift_JIS で表せない文字（𠮷 や絵文字など）は〓に置き換え、その字数を ZIP の説明書（README.txt）と応答ヘッダー X-Replaced-Characters に示します。JSON は { "columns": [...], "records": [...] } の形で、JSON Schema に従います。',
    schema: 'JSON Schema（schema.json）',
    none: 'まだ募集はありません。',
    api: 'API',
    apiText: '同じデータは公開 API（/api/v1/public/…）からも取得できます。',
    check: '結果を確かめる',
    checkText:
      'ZIP には、委員名を伏せた採点表（scores.csv。委員A、委員B…は募集回・審査段階ごとの仮名）、公表した合計点と順位（results.csv）、集計の規則（rule.json）、公開時点の記録の末尾（audit-heads.csv）と確認用のスクリプト verify.mjs が入っています。ZIP を展開したフォルダで次のコマンドを実行すると（Node.js 18 以降、ほかのソフトは不要）、採点表から合計点と順位をすべて計算し直し、提案ごとに OK / NG を表示します。',
  },
  en: {
    title: 'Open data',
    lead: 'The published results (decisions, scores, comments) in machine-readable form. No personal contact data and no reviewer’s name are included.',
    licence: 'Licence',
    licenceText:
      'Published under Creative Commons Attribution 4.0 International (CC BY 4.0): copy, adapt and redistribute freely, commercially too, crediting the municipality and “collaborative project proposals open data”.',
    all: 'All calls',
    perCall: 'By call',
    csv: 'CSV',
    csvExcel: 'CSV for Excel (with BOM)',
    csvSjis: 'CSV (Shift_JIS)',
    funnel: 'From proposal to implementation (statistics)',
    funnelText:
      'The figures of the statistics page: per fiscal year, proposal type, proposer, department and activity field, the proposals received, screened out, withdrawn, in review, not adopted, adopted and implemented, with the adoption and implementation rates (both over the proposals received).',
    json: 'JSON',
    zip: 'ZIP (CSV in UTF-8 and Shift_JIS, JSON, schema, README, the score matrix and the check script)',
    download: 'Download {what}: {format}',
    formats: 'Formats',
    formatsText:
      'CSV is UTF-8, RFC 4180, CRLF line ends; use the BOM version to open it in Excel. A Shift_JIS (CP932) version serves older office software: characters it cannot hold (𠮷, emoji …) become 〓, and their number is in the ZIP’s README.txt and the X-Replaced-Characters response header. JSON is { "columns": [...], "records": [...] } and follows the JSON Schema.',
    schema: 'JSON Schema (schema.json)',
    none: 'No call yet.',
    api: 'API',
    apiText: 'The same data is available from the public API (/api/v1/public/…).',
    check: 'Check the results yourself',
    checkText:
      'The ZIP holds the score matrix without names (scores.csv; 委員A, 委員B … are pseudonyms per call and stage), the published totals and ranks (results.csv), the rule that aggregated them (rule.json), where each package’s audit record ended (audit-heads.csv) and the script verify.mjs. Run this in the unpacked folder (Node.js 18 or later, nothing else): it recomputes every total and rank from the matrix and prints OK or NG per proposal.',
  },
});

const BASE = '/api/v1/public/open-data';

export function OpenDataPage() {
  const t = useT(messages);
  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('lead')}</p>
      <WithMunicipality>{(m) => <Downloads code={m.code} />}</WithMunicipality>
      <h2>{t('formats')}</h2>
      <p>{t('formatsText')}</p>
      <p>
        <a href={`${BASE}/schema.json`}>{t('schema')}</a>
      </p>
      <OpenDataColumns />
      <h2>{t('check')}</h2>
      <p>{t('checkText')}</p>
      <pre>
        <code>node verify.mjs</code>
      </pre>
      <h2>{t('licence')}</h2>
      <p>{t('licenceText')}</p>
      <h2>{t('api')}</h2>
      <p>{t('apiText')}</p>
    </section>
  );
}

function FileLinks({ what, file, query }: { what: string; file: string; query: string }) {
  const t = useT(messages);
  const join = (extra: string) => [query, extra].filter(Boolean).join('&');
  const href = (name: string, extra = '') => `${BASE}/${name}${join(extra) ? `?${join(extra)}` : ''}`;
  const links = [
    { href: href(`${file}.csv`), format: t('csv') },
    { href: href(`${file}.csv`, 'bom=1'), format: t('csvExcel') },
    { href: href(`${file}.csv`, 'encoding=shift_jis'), format: t('csvSjis') },
    { href: href(`${file}.json`), format: t('json') },
    { href: href(`${file}.zip`), format: t('zip') },
  ];
  return (
    <ul className="public-downloads">
      {links.map((link) => (
        <li key={link.href}>
          {/* The server names the file (kyodo-<code>-<fiscal year>-proposals.csv). */}
          <a href={link.href} download aria-label={t('download', { what, format: link.format })}>
            {link.format}
          </a>
        </li>
      ))}
    </ul>
  );
}

function Downloads({ code }: { code: string }) {
  const t = useT(messages);
  const { locale } = useLocale();
  const calls = useApiQuery(keys.public.calls(code), (signal) =>
    call('GET /api/v1/public/calls', { query: { municipality: code }, signal }),
  );
  return (
    <>
      <h2>{t('all')}</h2>
      <FileLinks what={t('all')} file="all" query={`municipality=${encodeURIComponent(code)}`} />
      <h2>{t('funnel')}</h2>
      <p>{t('funnelText')}</p>
      <FileLinks what={t('funnel')} file="funnel" query={`municipality=${encodeURIComponent(code)}`} />
      <h2>{t('perCall')}</h2>
      <Async state={calls}>
        {(items) =>
          items.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            <ul className="public-list">
              {items.map((item) => {
                const title = locale === 'en' ? item.titleEn || item.titleJa : item.titleJa;
                return (
                  <li key={item.id} className="card">
                    <h3 className="public-card-title">{title}</h3>
                    <FileLinks what={title} file={item.id} query="" />
                  </li>
                );
              })}
            </ul>
          )
        }
      </Async>
    </>
  );
}
