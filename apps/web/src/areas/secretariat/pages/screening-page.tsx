import { useState } from 'react';
import { call } from '../../../api/client';
import { defineMessages, formatDate, useLocale, useT } from '../../../i18n/i18n';
import { ORIGIN_MESSAGES } from '../../../i18n/origin-labels';
import { Link } from 'react-router';
import { Async, PageTitle } from '../../../ui/components';
import { useQueryClient } from '@tanstack/react-query';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { AssignPanel } from '../components/assign-panel';
import { LifecycleRecords } from '../../../proposal-workflow/lifecycle-records';
import { BudgetActions } from '../components/budget-actions';
import { ContinuationSection } from '../../../proposal-workflow/continuation-section';
import { PartnershipMemorySection } from '../../../proposal-workflow/partnership-memory-section';
import { PartnersSection } from '../../../proposal-workflow/partners-section';
import { ConsultationReportForm } from '../../../proposal-workflow/consultation-report-form';
import { versionsTexts } from '../../../proposal-workflow/versions-texts';
import { PartnershipLinks } from '../partnership/partnership-links';
import { proposalPlainJapaneseTexts } from '../plain-japanese/proposal-plain-japanese-texts';
import { ProposalContent } from '../components/proposal-content';
import { ScreeningAttachments } from '../components/screening-attachments';
import { ScreeningActions } from '../components/screening-actions';
import { StateBadge } from '../components/state-badge';
import type { Proposal } from '../models';
import { consoleTexts, stateKey, stateTexts } from '../texts';

const texts = defineMessages({
  ja: {
    receipt: '受付番号',
    state: '状態',
    ...ORIGIN_MESSAGES.ja,
    updated: '最終更新',
    content: '提案内容',
    moved: '操作しました。現在の状態：{state}',
  },
  en: {
    receipt: 'Receipt no.',
    state: 'State',
    ...ORIGIN_MESSAGES.en,
    updated: 'Last updated',
    content: 'Content',
    moved: 'Done. Current state: {state}',
  },
});

const ASSIGNABLE = /^(review|jointEvaluation|projectEvaluation)/;

/** One proposal for the secretariat: read it, screen it, assign its reviewers, publish its decision. */
export function ScreeningPage({ proposalId }: { proposalId: string }) {
  const t = useT(texts);
  const tc = useT(consoleTexts);
  const ts = useT(stateTexts);
  const { locale } = useLocale();
  const [message, setMessage] = useState('');
  const state = useApiQuery(keys.proposals.one(proposalId), (signal) =>
    call('GET /api/v1/proposals/{id}', { path: { id: proposalId }, signal }),
  );
  const client = useQueryClient();
  const tv = useT(versionsTexts);
  const tp = useT(proposalPlainJapaneseTexts);
  // Every panel's transition answers the proposal as it now is: shown at once; the call's lists read again.
  const moved = (next: Proposal) => {
    client.setQueryData(keys.proposals.one(proposalId), next);
    void client.invalidateQueries({ queryKey: keys.calls.one(next.callId) });
    setMessage(t('moved', { state: ts(stateKey(next.state)) }));
  };
  return (
    <Async state={state}>
      {(proposal) => (
        <section>
          <PageTitle>{proposal.title || proposal.id}</PageTitle>
          <p>
            <Link to={`/console/calls/${proposal.callId}/proposals`}>{tc('backToCall')}</Link>
            {' · '}
            <Link to={`/console/proposals/${proposal.id}/versions`}>{tv('link')}</Link>
            {' · '}
            <Link to={`/console/proposals/${proposal.id}/plain-japanese`}>{tp('link')}</Link>
          </p>
          <dl className="pairs">
            <dt>{t('receipt')}</dt>
            <dd>{proposal.receiptNumber ?? '—'}</dd>
            <dt>{t('state')}</dt>
            <dd>
              <StateBadge state={proposal.state} />
            </dd>
            <dt>{t('proposalType')}</dt>
            <dd>{t(proposal.proposalType)}</dd>
            <dt>{t('proposerKind')}</dt>
            <dd>{t(proposal.origin)}</dd>
            <dt>{t('updated')}</dt>
            <dd>{formatDate(proposal.updatedAt, locale, true)}</dd>
          </dl>
          <p role="status" aria-live="polite" className="notice-inline">
            {message}
          </p>
          <div className="split">
            <section aria-labelledby="content-heading">
              <h2 id="content-heading">{t('content')}</h2>
              <ProposalContent proposal={proposal} />
              <LifecycleRecords records={proposal.records} />
              <ContinuationSection proposalId={proposal.id} />
              <PartnershipMemorySection proposalId={proposal.id} />
              <PartnersSection proposalId={proposal.id} />
              <ScreeningAttachments proposalId={proposal.id} />
            </section>
            <div className="sticky">
              <ScreeningActions key={proposal.version} proposal={proposal} onMoved={moved} />
              <ConsultationReportForm key={`consultation-${proposal.version}`} proposal={proposal} onFiled={moved} />
              <BudgetActions key={`budget-${proposal.version}`} proposal={proposal} onMoved={moved} />
            </div>
          </div>
          <PartnershipLinks proposal={proposal} />
          {ASSIGNABLE.test(proposal.state) ? <AssignPanel proposalId={proposal.id} /> : null}
        </section>
      )}
    </Async>
  );
}
