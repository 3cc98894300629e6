import type { ReactNode } from 'react';
import { call } from '../../../api/client';
import { defineMessages, formatNumber, useLocale, useT } from '../../../i18n/i18n';
import { Link } from 'react-router';
import { Async } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import type { CallResults, Proposal } from '../models';
import { consoleTexts } from '../texts';

/** The stages the results name (Object.entries loses the keys' type; the document's own are restored). */
type Stages = CallResults['stages'];
type StageKey = keyof Stages;

const texts = defineMessages({
  ja: {
    heading: '審査結果（順位）',
    none: 'まだ提出された採点票はありません。',
    rank: '順位',
    proposal: '提案',
    total: '合計（{full}点満点）',
    onHundred: '100点換算 {n}',
    passes: '採択ライン',
    pass: '到達',
    fail: '未達',
    tie: '同点',
    combined: '総合（段階の合算）',
    adopted: '採択相当',
    yes: 'はい',
    no: 'いいえ',
  },
  en: {
    heading: 'Results (ranking)',
    none: 'No score sheet has been submitted yet.',
    rank: 'Rank',
    proposal: 'Proposal',
    total: 'Total (of {full})',
    onHundred: '{n} on 100',
    passes: 'Adoption line',
    pass: 'Reached',
    fail: 'Not reached',
    tie: 'tie',
    combined: 'Combined (stages)',
    adopted: 'Adoptable',
    yes: 'Yes',
    no: 'No',
  },
});
const stageLabel = {
  document: 'stageDocument',
  presentation: 'stagePresentation',
  project_end: 'stageProject_end',
} as const;

/** One ranked table: rank, proposal, the score named `score`, and the verdict named `verdict`; the rows inside. */
function RankTable({
  caption,
  score,
  verdict,
  children,
}: {
  caption: string;
  score: string;
  verdict: string;
  children: ReactNode;
}) {
  const t = useT(texts);
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="number">
            {t('rank')}
          </th>
          <th scope="col">{t('proposal')}</th>
          <th scope="col" className="number">
            {score}
          </th>
          <th scope="col">{verdict}</th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** GET /calls/{id}/results as ranked tables, one per stage, and the combination when the call sets one. */
export function ResultsTable({ callId, proposals }: { callId: string; proposals: Proposal[] }) {
  const t = useT(texts);
  const tc = useT(consoleTexts);
  const { locale } = useLocale();
  const state = useApiQuery(keys.calls.results(callId), (signal) =>
    call('GET /api/v1/calls/{id}/results', { path: { id: callId }, signal }),
  );
  const title = (id: string) => proposals.find((p) => p.id === id)?.title ?? id.slice(0, 8);
  const name = (id: string) => <Link to={`/console/proposals/${id}`}>{title(id)}</Link>;
  return (
    <section className="console-panel" aria-labelledby="results-heading">
      <h2 id="results-heading">{t('heading')}</h2>
      <Async state={state}>
        {(results) => {
          const stages = Object.entries(results.stages) as Array<[StageKey, NonNullable<Stages[StageKey]>]>;
          if (stages.length === 0) return <p>{t('none')}</p>;
          return (
            <>
              {stages.map(([stage, { results: rows }]) => (
                <RankTable
                  key={stage}
                  caption={tc(stageLabel[stage])}
                  score={t('total', { full: rows[0]?.display.fullMarks ?? '100' })}
                  verdict={t('passes')}
                >
                  {[...rows]
                    .sort((a, b) => a.rank - b.rank)
                    .map((row) => (
                      <tr key={row.proposalId}>
                        <td className="number">
                          {row.rank}
                          {row.tiedWith.length > 0 ? `（${t('tie')}）` : ''}
                        </td>
                        <th scope="row">{name(row.proposalId)}</th>
                        <td className="number">
                          {row.display.total}
                          {row.display.onHundred ? `（${t('onHundred', { n: row.display.onHundred })}）` : ''}
                        </td>
                        <td>{row.passes ? t('pass') : t('fail')}</td>
                      </tr>
                    ))}
                </RankTable>
              ))}
              {results.combined ? (
                <RankTable caption={t('combined')} score={t('combined')} verdict={t('adopted')}>
                  {[...results.combined]
                    .sort((a, b) => (a.rank ?? 999) - (b.rank ?? 999))
                    .map((row) => (
                      <tr key={row.proposalId}>
                        <td className="number">{row.rank ?? '—'}</td>
                        <th scope="row">{name(row.proposalId)}</th>
                        <td className="number">
                          {row.combined === null ? '—' : formatNumber(row.combined, locale, 2)}
                        </td>
                        <td>{row.adopted ? t('yes') : t('no')}</td>
                      </tr>
                    ))}
                </RankTable>
              ) : null}
            </>
          );
        }}
      </Async>
    </section>
  );
}
