import { defineMessages, formatNumber, useLocale, useLocalized, useT } from '../../../i18n/i18n';
import { BarChart } from '../../../ui/components';
import type { Stage } from '../../../api/review-models';
import type { PublicPackage } from '../models';
import { publicTexts } from '../texts';
import { ScrollTable } from './scroll-table';

const messages = defineMessages({
  ja: {
    scores: '評価点',
    total: '合計点（100点満点）',
    rank: '順位',
    tied: '同点あり',
    chart: '{stage}：評価項目ごとの平均点',
    criterion: '評価項目',
    mean: '平均',
    median: '中央値',
    range: '最低〜最高',
    outOf: '満点',
    consensus: '合同評価での合意点',
    reason: '理由',
    rankValue: '{rank}位',
    none: '公開された評価点はありません。',
    note: '審査員個人の採点や氏名は公開していません。',
  },
  en: {
    scores: 'Scores',
    total: 'Total (out of 100)',
    rank: 'Rank',
    tied: 'tied',
    chart: '{stage}: mean score per criterion',
    criterion: 'Criterion',
    mean: 'Mean',
    median: 'Median',
    range: 'Lowest–highest',
    outOf: 'Full marks',
    consensus: 'Consensus of the joint evaluation',
    reason: 'Reason',
    rankValue: 'No. {rank}',
    none: 'No scores are published.',
    note: 'Individual reviewers’ scores and names are not published.',
  },
});

const STAGES: Stage[] = ['document', 'presentation', 'project_end'];

/** Scores per stage: the chart of means per criterion, the same numbers in a table, and the consensus. */
export function ScoreSection({ pkg }: { pkg: PublicPackage }) {
  const t = useT(messages);
  const p = useT(publicTexts);
  const { locale } = useLocale();
  const localized = useLocalized();
  const stages = STAGES.filter((stage) => pkg.scores?.[stage]);
  const consensus = pkg.consensus;
  return (
    <section aria-labelledby="public-scores">
      <h2 id="public-scores">{t('scores')}</h2>
      {stages.length === 0 ? <p>{t('none')}</p> : null}
      {stages.map((stage) => {
        const result = pkg.scores[stage]!;
        const label = (c: (typeof result.criteria)[number]) => (c.label ? localized(c.label) : c.key);
        const top = Math.max(1, ...result.criteria.map((c) => c.scale?.max ?? c.max));
        return (
          <div key={stage} className="public-stage">
            <h3>{p(stage)}</h3>
            <dl className="pairs">
              <dt>{t('total')}</dt>
              <dd className="public-total">{formatNumber(result.total, locale, 2)}</dd>
              <dt>{t('rank')}</dt>
              <dd>
                {t('rankValue', { rank: result.rank })}
                {result.tied ? `（${t('tied')}）` : ''}
              </dd>
            </dl>
            <BarChart
              title={t('chart', { stage: p(stage) })}
              rows={result.criteria.map((c) => ({ label: label(c), value: c.mean }))}
              max={top}
            />
            <ScrollTable label={t('chart', { stage: p(stage) })}>
              <table>
                <caption className="visually-hidden">{t('chart', { stage: p(stage) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('criterion')}</th>
                    <th scope="col" className="number">
                      {t('mean')}
                    </th>
                    <th scope="col" className="number">
                      {t('median')}
                    </th>
                    <th scope="col" className="number">
                      {t('range')}
                    </th>
                    <th scope="col" className="number">
                      {t('outOf')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {result.criteria.map((c) => (
                    <tr key={c.key}>
                      <th scope="row">{label(c)}</th>
                      <td className="number">{formatNumber(c.mean, locale, 2)}</td>
                      <td className="number">{formatNumber(c.median, locale, 2)}</td>
                      <td className="number">
                        {c.min}〜{c.max}
                      </td>
                      <td className="number">{c.scale?.max ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          </div>
        );
      })}
      {consensus && Object.keys(consensus.scores ?? {}).length > 0 ? (
        <>
          <h3>{t('consensus')}</h3>
          <ScrollTable label={t('consensus')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('criterion')}</th>
                  <th scope="col" className="number">
                    {t('scores')}
                  </th>
                  <th scope="col">{t('reason')}</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(consensus.scores).map(([key, score]) => {
                  const named = stages
                    .flatMap((stage) => pkg.scores[stage]!.criteria)
                    .find((c) => c.key === key && c.label);
                  return (
                    <tr key={key}>
                      <th scope="row">{named?.label ? localized(named.label) : key}</th>
                      <td className="number">{score}</td>
                      <td>{consensus.reasons?.[key] ?? ''}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollTable>
        </>
      ) : null}
      <p className="meta">{t('note')}</p>
    </section>
  );
}
