import { FormProvider, useForm } from 'react-hook-form';
import { formatDate, useLocale, useT } from '../../../i18n/i18n';
import { fromProposal } from '../form-model';
import { formTexts } from '../form-texts';
import type { ActivityField, Call, Proposal } from '../models';
import { StateBadge } from '../state-label';
import { Attachments } from './attachments';
import { BudgetTable } from './budget-table';
import { FormContext, type FormContextValue } from './form-context';
import { KpiTable } from './kpi-table';
import { RolesTable } from './roles-table';
import { ContentSection, OverviewSection } from './sections';
import { SelfEvaluation } from './self-evaluation';

/** A submitted proposal: receipt number and status first, then every part as it was submitted. */
export function ReadOnlyProposal({
  proposal,
  call,
  fields,
  justSubmitted,
  onChanged,
}: {
  proposal: Proposal;
  call: Call | null;
  fields: ActivityField[];
  justSubmitted: boolean;
  onChanged(next: Proposal): void;
}) {
  const t = useT(formTexts);
  const { locale } = useLocale();
  // The same parts as the editor, on a form of their own that nothing edits.
  const methods = useForm({ values: fromProposal(proposal) });
  const form: FormContextValue = {
    readOnly: true,
    errorFor: () => undefined,
    touch: () => undefined,
    reasonsFor: () => [],
  };
  return (
    <FormProvider {...methods}>
      <FormContext.Provider value={form}>
        {justSubmitted ? (
          <div className="notice notice-good" role="status">
            <p className="notice-title">{t('submittedTitle')}</p>
            <p>{t('next1')}</p>
          </div>
        ) : null}
        <dl className="pairs receipt">
          <dt>{t('receipt')}</dt>
          <dd>
            <strong data-testid="receipt-number">{proposal.receiptNumber ?? '—'}</strong>
            <span className="meta"> {t('receiptNote')}</span>
          </dd>
          <dt>{t('state')}</dt>
          <dd>
            <StateBadge state={proposal.state} />
          </dd>
          <dt>{t('stepOverview')}</dt>
          <dd>{formatDate(proposal.updatedAt, locale, true)}</dd>
        </dl>
        {proposal.allowedEvents.includes('SUBMIT_SELF_EVALUATION') ? (
          <SelfEvaluation proposal={proposal} onDone={onChanged} />
        ) : null}
        <p>{t('readOnly')}</p>
        <section aria-labelledby="ro-overview">
          <h2 id="ro-overview">{t('stepOverview')}</h2>
          <OverviewSection fields={fields} />
        </section>
        <section aria-labelledby="ro-content">
          <h2 id="ro-content">{t('stepContent')}</h2>
          <ContentSection maxAmount={call?.maxRequestedAmount ?? null} />
        </section>
        <section aria-labelledby="ro-roles">
          <h2 id="ro-roles">{t('stepRoles')}</h2>
          <RolesTable />
        </section>
        <section aria-labelledby="ro-budget">
          <h2 id="ro-budget">{t('stepBudget')}</h2>
          <BudgetTable />
        </section>
        <section aria-labelledby="ro-kpis">
          <h2 id="ro-kpis">{t('stepKpis')}</h2>
          <KpiTable />
        </section>
        <section aria-labelledby="ro-attachments">
          <h2 id="ro-attachments">{t('stepAttachments')}</h2>
          <Attachments proposalId={proposal.id} editable={false} />
        </section>
      </FormContext.Provider>
    </FormProvider>
  );
}
