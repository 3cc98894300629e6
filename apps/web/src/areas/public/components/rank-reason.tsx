import { defineMessages, formatNumber, useLocale, useLocalized, useT } from '../../../i18n/i18n';
import type { PublicStageResult } from '../models';
import { ScrollTable } from './scroll-table';

const messages = defineMessages({
  ja: {
    title: 'この順位の理由',
    summary: '合計{total}点（{full}点満点）で{rank}位でした。',
    strongest: '最も多く得点した項目は「{label}」（合計の{share}%）です。',
    weakest: '配点に対する得点率が最も低い項目は「{label}」（{rate}%）です。',
    item: '「{label}」：配点{weight}点のうち{points}点（得点率{rate}%）、合計の{share}%。',
    criterion: '評価項目',
    weight: '配点',
    mean: '平均点',
    points: '得点',
    rate: '得点率',
    share: '合計に占める割合',
    caption: '{stage}：評価項目ごとの合計点への寄与',
    note: '得点は各項目の平均点を配点に換算したものです。割合は公表した点数から計算した目安です。',
    check: '公表した点数と順位は、公開データ（ZIP）の採点表（委員名なし）から verify.mjs で誰でも計算し直せます。',
    download: '公開データ（ZIP）をダウンロード',
  },
  en: {
    title: 'Why this rank',
    summary: 'A total of {total} (of {full}) placed it No. {rank}.',
    strongest: 'It scored most on “{label}” ({share}% of the total).',
    weakest: 'Its lowest share of a criterion’s weight was on “{label}” ({rate}%).',
    item: '“{label}”: {points} of a weight of {weight} ({rate}%), {share}% of the total.',
    criterion: 'Criterion',
    weight: 'Weight',
    mean: 'Mean',
    points: 'Points',
    rate: 'Share of weight',
    share: 'Share of the total',
    caption: '{stage}: what each criterion added to the total',
    note: 'Points are each criterion’s mean put on its weight. Shares are worked out from the published figures.',
    check:
      'Anyone can recompute the published totals and ranks from the score matrix (no names) in the open-data ZIP with its verify.mjs.',
    download: 'Download the open data (ZIP)',
  },
});

/** One criterion's part in a stage's total, from the published display only. */
export interface Contribution {
  key: string;
  weight: number;
  mean: string;
  points: string;
  /** Points ÷ weight, in percent. */
  rate: number;
  /** Points ÷ the displayed total, in percent. */
  share: number;
}

/** Each criterion's points, share of its weight and share of the total, in the rubric's order. */
export function contributionsOf(display: NonNullable<PublicStageResult['display']>): Contribution[] {
  const total = Number(display.total);
  return display.criteria.map((c) => {
    const points = Number(c.points);
    const weight = Number(c.weight);
    return {
      key: c.key,
      weight,
      mean: c.mean,
      points: c.points,
      rate: weight > 0 ? (points / weight) * 100 : 0,
      share: total > 0 ? (points / total) * 100 : 0,
    };
  });
}

/**
 * 「この順位の理由」: what each criterion added to a stage's total, as a table and in sentences, from the published
 * package only; with where to recompute it.
 */
export function RankReason({
  result,
  stageName,
  callId,
}: {
  result: PublicStageResult;
  stageName: string;
  callId: string | undefined;
}) {
  const t = useT(messages);
  const { locale } = useLocale();
  const localized = useLocalized();
  const display = result.display;
  if (!display || display.criteria.length === 0) return null;
  const rows = contributionsOf(display);
  const label = (key: string) => {
    const named = result.criteria.find((c) => c.key === key)?.label;
    return named ? localized(named) : key;
  };
  const percent = (value: number) => formatNumber(value, locale, 1);
  const strongest = rows.reduce((a, b) => (b.share > a.share ? b : a));
  const weakest = rows.reduce((a, b) => (b.rate < a.rate ? b : a));
  const caption = t('caption', { stage: stageName });
  return (
    <details className="rank-reason" data-testid="rank-reason">
      <summary>{t('title')}</summary>
      <p>
        {t('summary', { total: display.total, full: display.fullMarks, rank: result.rank })}
        {rows.length > 1 ? (
          <>
            {' '}
            {t('strongest', { label: label(strongest.key), share: percent(strongest.share) })}{' '}
            {t('weakest', { label: label(weakest.key), rate: percent(weakest.rate) })}
          </>
        ) : null}
      </p>
      <ScrollTable label={caption}>
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('criterion')}</th>
              <th scope="col" className="number">
                {t('weight')}
              </th>
              <th scope="col" className="number">
                {t('mean')}
              </th>
              <th scope="col" className="number">
                {t('points')}
              </th>
              <th scope="col" className="number">
                {t('rate')}
              </th>
              <th scope="col" className="number">
                {t('share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{label(row.key)}</th>
                <td className="number">{row.weight}</td>
                <td className="number">{row.mean}</td>
                <td className="number">{row.points}</td>
                <td className="number">{percent(row.rate)}%</td>
                <td className="number" data-testid={`rank-reason-share-${row.key}`}>
                  {percent(row.share)}%
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <ul className="rank-reason-text">
        {rows.map((row) => (
          <li key={row.key}>
            {t('item', {
              label: label(row.key),
              weight: row.weight,
              points: row.points,
              rate: percent(row.rate),
              share: percent(row.share),
            })}
          </li>
        ))}
      </ul>
      <p className="meta">{t('note')}</p>
      {callId ? (
        <p className="meta">
          {t('check')}{' '}
          <a href={`/api/v1/public/open-data/${encodeURIComponent(callId)}.zip`} download>
            {t('download')}
          </a>
        </p>
      ) : null}
    </details>
  );
}
