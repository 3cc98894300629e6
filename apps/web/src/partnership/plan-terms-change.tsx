import { formatDate, formatNumber, useLocale, useT } from '../i18n/i18n';
import { CaptionedTable } from '../ui/captioned-table';
import type { PlanChange } from './partnership-models';
import { planTermsTexts } from './plan-terms-texts';
import { resultsTexts } from './results-texts';

type Terms = PlanChange['terms'];

/** Each term a plan change sets, as rows of label and value in the page's language. */
function termRows(
  terms: Terms,
  text: (key: 'termStart' | 'termEnd' | 'roleSharing' | 'costSharing' | 'grantedAmount') => string,
  yen: (n: number) => string,
  day: (d: string) => string,
) {
  const rows: Array<[string, string]> = [];
  if (terms.termStart !== undefined) rows.push([text('termStart'), day(terms.termStart)]);
  if (terms.termEnd !== undefined) rows.push([text('termEnd'), day(terms.termEnd)]);
  if (terms.roleSharing !== undefined) rows.push([text('roleSharing'), terms.roleSharing]);
  if (terms.costSharing !== undefined) rows.push([text('costSharing'), terms.costSharing]);
  if (terms.grantedAmount !== undefined) rows.push([text('grantedAmount'), yen(terms.grantedAmount)]);
  return rows;
}

/**
 * What a plan change sets: once approved, each term before and after with who approved it and when; before that, the
 * values it asks for. Nothing when it sets no term (a change described in words only).
 */
export function PlanTermsChange({ change }: { change: PlanChange & { reviewedByName?: string | null } }) {
  const t = useT(planTermsTexts);
  const tr = useT(resultsTexts);
  const { locale } = useLocale();
  const yen = (n: number) => tr('yen', { amount: formatNumber(n, locale) });
  const day = (d: string) => formatDate(d, locale);
  const targets = (terms: Terms) =>
    new Map((terms.kpiTargets ?? []).map((k) => [t('kpiTarget', { name: k.name }), formatNumber(k.target, locale)]));
  if (change.applied && change.reviewedAt) {
    const before = new Map([...termRows(change.applied.before, t, yen, day), ...targets(change.applied.before)]);
    const after = [...termRows(change.applied.after, t, yen, day), ...targets(change.applied.after)];
    const date = formatDate(change.reviewedAt, locale);
    return (
      <CaptionedTable
        id={`plan-change-applied-${change.id}`}
        caption={
          change.reviewedByName
            ? t('appliedTerms', { date, name: change.reviewedByName })
            : t('appliedTermsNoName', { date })
        }
        columns={[t('term'), t('before'), t('after')]}
      >
        {after.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td className="preserve-lines">{before.get(label) ?? '—'}</td>
            <td className="preserve-lines">{value}</td>
          </tr>
        ))}
      </CaptionedTable>
    );
  }
  const asked = [...termRows(change.terms, t, yen, day), ...targets(change.terms)];
  if (change.status !== 'submitted' || asked.length === 0) return null;
  return (
    <CaptionedTable
      id={`plan-change-terms-${change.id}`}
      caption={t('requestedTerms')}
      columns={[t('term'), t('after')]}
    >
      {asked.map(([label, value]) => (
        <tr key={label}>
          <th scope="row">{label}</th>
          <td className="preserve-lines">{value}</td>
        </tr>
      ))}
    </CaptionedTable>
  );
}

/** The agreement's history of approved plan changes, oldest first, each term before and after. */
export function PlanChangeHistory({ changes }: { changes: Array<PlanChange & { reviewedByName?: string | null }> }) {
  const t = useT(planTermsTexts);
  const approved = changes.filter((c) => c.status === 'approved' && c.applied);
  return (
    <section className="plan-change-history" aria-labelledby="plan-change-history-heading">
      <h3 id="plan-change-history-heading">{t('history')}</h3>
      {approved.length === 0 ? <p>{t('noHistory')}</p> : approved.map((c) => <PlanTermsChange key={c.id} change={c} />)}
    </section>
  );
}
