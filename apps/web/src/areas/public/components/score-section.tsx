import { defineMessages, formatNumber, useLocale, useLocalized, useT } from '../../../i18n/i18n';
import { BarChart } from '../../../ui/components';
import type { Stage } from '../../../api/review-models';
import type { PublicPackage, PublicTieBreak } from '../models';
import { publicTexts } from '../texts';
import { RankReason } from './rank-reason';
import { ScrollTable } from './scroll-table';
import { ScoreTotal, ScoringMethodNote } from '../../../ui/score-total';

const messages = defineMessages({
  ja: {
    scores: '評価点',
    items: '審査項目・配点',
    itemsEach: '{n}項目・各{w}点満点',
    itemsSum: '{n}項目・計{full}点満点',
    points: '得点（配点）',
    rank: '順位',
    tied: '同点あり',
    tieCommittee: '同点。総合的な優劣により委員会が決定',
    tieResolved: '同点のため{rule}により順位を決定',
    tieUnresolved: '同点。{rule}でも同順位のため委員会が決定',
    rule_committee: '総合的な優劣',
    rule_majority: '多数決',
    rule_lower_amount: '見積金額が低い者から',
    rule_rank_sum: '順位合計方式',
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
    note: '審査員の氏名は公開していません。一人ひとりの採点は、氏名を伏せて（委員A、委員B…）公開データに載せています。',
  },
  en: {
    scores: 'Scores',
    items: 'Criteria and points',
    itemsEach: '{n} criteria, {w} points each',
    itemsSum: '{n} criteria, {full} points in all',
    points: 'Points (of weight)',
    rank: 'Rank',
    tied: 'tied',
    tieCommittee: 'tied; the committee decides on overall merit',
    tieResolved: 'tied; ranked by {rule}',
    tieUnresolved: 'tied; still level by {rule}, so the committee decides',
    rule_committee: 'overall merit',
    rule_majority: 'majority of the scorers',
    rule_lower_amount: 'lower requested amount first',
    rule_rank_sum: 'rank-sum method',
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
    note: 'Reviewers’ names are not published. Each one’s scores are in the open data under a pseudonym (委員A, 委員B …).',
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
  // Which rule ranked a tie, and whether it did; a package published before the rule existed says only 「同点あり」.
  const tieText = (tieBreak: PublicTieBreak | null | undefined) => {
    if (!tieBreak) return t('tied');
    if (tieBreak.rule === 'committee') return t('tieCommittee');
    const rule = t(`rule_${tieBreak.rule}`);
    return tieBreak.resolved ? t('tieResolved', { rule }) : t('tieUnresolved', { rule });
  };
  return (
    <section aria-labelledby="public-scores">
      <h2 id="public-scores">{t('scores')}</h2>
      {stages.length === 0 ? <p>{t('none')}</p> : null}
      {stages.map((stage) => {
        const result = pkg.scores[stage]!;
        const label = (c: (typeof result.criteria)[number]) => (c.label ? localized(c.label) : c.key);
        const top = Math.max(1, ...result.criteria.map((c) => c.scale?.max ?? c.max));
        // Packages published before the display existed have none: their means show as they always did.
        const display = result.display;
        const shown = (key: string) => display?.criteria.find((d) => d.key === key);
        return (
          <div key={stage} className="public-stage">
            <h3>{p(stage)}</h3>
            <dl className="pairs">
              {display ? (
                <>
                  <dt>{t('items')}</dt>
                  <dd>
                    {new Set(display.criteria.map((c) => c.weight)).size === 1
                      ? t('itemsEach', { n: display.criteria.length, w: display.criteria[0]!.weight })
                      : t('itemsSum', { n: display.criteria.length, full: display.fullMarks })}
                  </dd>
                </>
              ) : null}
              <dt>{t('rank')}</dt>
              <dd>
                {t('rankValue', { rank: result.rank })}
                {result.tied ? `（${tieText(result.tieBreak)}）` : ''}
              </dd>
            </dl>
            <div className="public-total">
              <ScoreTotal display={display} total={result.total} />
            </div>
            {result.scoring ? <ScoringMethodNote scoring={result.scoring} /> : null}
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
                    {display?.pointsShown ? (
                      <th scope="col" className="number">
                        {t('points')}
                      </th>
                    ) : null}
                  </tr>
                </thead>
                <tbody>
                  {result.criteria.map((c) => (
                    <tr key={c.key}>
                      <th scope="row">{label(c)}</th>
                      <td className="number" data-testid={`public-mean-${c.key}`}>
                        {shown(c.key)?.mean ?? formatNumber(c.mean, locale, 2)}
                      </td>
                      <td className="number">{formatNumber(c.median, locale, 2)}</td>
                      <td className="number">
                        {c.min}〜{c.max}
                      </td>
                      <td className="number">{c.scale?.max ?? '—'}</td>
                      {display?.pointsShown ? (
                        <td className="number">
                          {shown(c.key)?.points}（{shown(c.key)?.weight}）
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
            <RankReason result={result} stageName={p(stage)} callId={pkg.call?.id} />
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
