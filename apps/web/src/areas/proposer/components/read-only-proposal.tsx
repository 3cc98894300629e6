import { FormProvider, useForm } from 'react-hook-form';
import { formatDate, useLocale, useT } from '../../../i18n/i18n';
import { fromProposal } from '../form-model';
import { formTexts } from '../form-texts';
import type { ActivityField, Call, Proposal } from '../models';
import { StateBadge } from '../state-label';
import { FormContext, type FormContextValue } from './form-context';
import { ProposalParts } from './proposal-parts';
import { SelfEvaluation } from './self-evaluation';
import { ProgressPanel } from '../partnership/progress-panel';
import { ResultsPanel } from '../partnership/results-panel';

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
          <dt>{t('lastUpdated')}</dt>
          <dd>{formatDate(proposal.updatedAt, locale, true)}</dd>
        </dl>
        {proposal.state === 'implementation' ? <ProgressPanel proposalId={proposal.id} /> : null}
        {proposal.state.startsWith('projectEvaluation') ? <ResultsPanel proposalId={proposal.id} /> : null}
        {proposal.allowedEvents.includes('SUBMIT_SELF_EVALUATION') ? (
          <SelfEvaluation proposal={proposal} onDone={onChanged} />
        ) : null}
        <p>{t('readOnly')}</p>
        <ProposalParts proposalId={proposal.id} call={call} fields={fields} idPrefix="ro" level="h2" />
      </FormContext.Provider>
    </FormProvider>
  );
}
