import { useState } from 'react';
import { formatDate, useLocale, useT } from '../i18n/i18n';
import { keys } from '../queries/keys';
import { useApiQuery } from '../queries/use-api-query';
import { Async, Select } from '../ui/components';
import { DiffValue } from './diff-value';
import { proposalReads } from './proposal-reads';
import { versionsTexts } from './versions-texts';

/**
 * The proposal's submitted versions (each submission froze one) and, for two of them, every field that changed,
 * before beside after. Opens on the last change: the version before the latest against the latest.
 */
export function VersionsView({ proposalId }: { proposalId: string }) {
  const t = useT(versionsTexts);
  const { locale } = useLocale();
  const versions = useApiQuery(keys.proposals.versions(proposalId), (signal) =>
    proposalReads.versions(proposalId, signal),
  );
  return (
    <Async state={versions}>
      {(list) => (
        <>
          <p>{t('intro')}</p>
          {list.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            <div className="table-scroll">
              <table className="versions-table">
                <caption>{t('listCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('colNumber')}</th>
                    <th scope="col">{t('colEvent')}</th>
                    <th scope="col">{t('colAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((v) => (
                    <tr key={v.id}>
                      <th scope="row">{t('number', { n: v.number })}</th>
                      <td>{t(v.event)}</td>
                      <td>{formatDate(v.submittedAt, locale, true)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {list.length === 1 ? <p>{t('onlyOne')}</p> : null}
          {list.length > 1 ? <Comparison proposalId={proposalId} numbers={list.map((v) => v.number)} /> : null}
        </>
      )}
    </Async>
  );
}

function Comparison({ proposalId, numbers }: { proposalId: string; numbers: number[] }) {
  const t = useT(versionsTexts);
  const [from, setFrom] = useState(numbers[numbers.length - 2]!);
  const [to, setTo] = useState(numbers[numbers.length - 1]!);
  const options = numbers.map((n) => (
    <option key={n} value={n}>
      {t('number', { n })}
    </option>
  ));
  return (
    <section aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t('compare')}</h2>
      <div className="compare-pickers">
        <Select id="diff-from" label={t('from')} value={from} onChange={(e) => setFrom(Number(e.target.value))}>
          {options}
        </Select>
        <Select id="diff-to" label={t('to')} value={to} onChange={(e) => setTo(Number(e.target.value))}>
          {options}
        </Select>
      </div>
      {from === to ? <p>{t('sameVersion')}</p> : <DiffTable proposalId={proposalId} from={from} to={to} />}
    </section>
  );
}

function DiffTable({ proposalId, from, to }: { proposalId: string; from: number; to: number }) {
  const t = useT(versionsTexts);
  const diff = useApiQuery(keys.proposals.versionDiff(proposalId, from, to), (signal) =>
    proposalReads.diff(proposalId, from, to, signal),
  );
  return (
    <Async state={diff}>
      {({ changes }) =>
        changes.length === 0 ? (
          <p>{t('noChanges')}</p>
        ) : (
          <div className="table-scroll">
            <table className="diff-table">
              <caption>{t('diffCaption', { from, to })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('colField')}</th>
                  <th scope="col">{t('colBefore', { n: from })}</th>
                  <th scope="col">{t('colAfter', { n: to })}</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((change) => (
                  <tr key={change.field} data-field={change.field}>
                    <th scope="row">{t(`field_${change.field}`)}</th>
                    <td className="diff-before">
                      <DiffValue field={change.field} value={change.before} />
                    </td>
                    <td className="diff-after">
                      <DiffValue field={change.field} value={change.after} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      }
    </Async>
  );
}
