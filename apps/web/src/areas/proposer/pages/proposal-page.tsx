import { useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { Link } from 'react-router';
import { Async, PageTitle } from '../../../ui/components';
import { useQueryClient } from '@tanstack/react-query';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { ContinuationPanel } from '../components/continuation-panel';
import { PartnerGroupsPanel } from '../components/partner-groups-panel';
import { PreConsultation } from '../components/pre-consultation';
import { ProposalEditor } from '../components/proposal-editor';
import { ThemeChoice } from '../components/theme-choice';
import { ReadOnlyProposal } from '../components/read-only-proposal';
import { WithdrawProposal } from '../components/withdraw-proposal';
import { LifecycleRecords } from '../../../proposal-workflow/lifecycle-records';
import { versionsTexts } from '../../../proposal-workflow/versions-texts';
import { formTexts } from '../form-texts';
import type { Proposal } from '../models';
import { api } from '../proposer-api';
import { StateBadge } from '../state-label';
import '../proposer.css';

const editable = (state: string) => state === 'draft' || state.includes('revisionRequested');

/** One proposal: the guided form while it may change, the read-only record with its receipt number after. */
export function ProposalPage({ id }: { id: string }) {
  const t = useT(formTexts);
  const tv = useT(versionsTexts);
  const [submitted, setSubmitted] = useState(false);
  const data = useApiQuery(keys.proposals.workspace(id), async (signal) => {
    const proposal = await api.proposal(id, signal);
    const [call, fields] = await Promise.all([
      api.call(proposal.callId, signal).catch(() => null),
      api.activityFields(signal).catch(() => []),
    ]);
    return { proposal, call, fields };
  });
  const client = useQueryClient();
  // A transition answers the proposal as it now is: shown at once, and every other read of it refetched.
  const replace = (proposal: Proposal) => {
    client.setQueryData<typeof data.data>(keys.proposals.workspace(id), (old) => old && { ...old, proposal });
    void client.invalidateQueries({ queryKey: keys.proposals.one(id), refetchType: 'none' });
    void client.invalidateQueries({ queryKey: keys.proposals.mine() });
  };
  return (
    <section className="proposal-page">
      <p>
        <Link to="/workspace">← {t('back')}</Link>
      </p>
      <Async state={data}>
        {({ proposal, call, fields }) => (
          <>
            <PageTitle title={proposal.title}>
              {proposal.title} <StateBadge state={proposal.state} />
            </PageTitle>
            {proposal.receiptNumber ? (
              <p>
                <Link to={`/workspace/proposals/${id}/versions`}>{tv('link')}</Link>
              </p>
            ) : null}
            <PreConsultation proposal={proposal} onRecorded={replace} />
            <LifecycleRecords
              records={proposal.records}
              showPreConsultations={call?.preConsultation ?? false}
              showEmptyReport={call?.consultationRequired ?? false}
            />
            <ContinuationPanel proposal={proposal} call={call} onChanged={replace} />
            <PartnerGroupsPanel proposal={proposal} onChanged={replace} />
            {editable(proposal.state) ? <ThemeChoice proposal={proposal} onChanged={replace} /> : null}
            {editable(proposal.state) ? (
              <ProposalEditor
                // A new version from a step beside the form (事前相談): the editor starts again from it, not stale.
                key={`${proposal.id}:${proposal.state}:${proposal.version}`}
                proposal={proposal}
                call={call}
                fields={fields}
                onSubmitted={(next) => {
                  setSubmitted(true);
                  replace(next);
                }}
              />
            ) : (
              <ReadOnlyProposal
                proposal={proposal}
                call={call}
                fields={fields}
                justSubmitted={submitted}
                onChanged={replace}
              />
            )}
            <WithdrawProposal key={`withdraw-${proposal.version}`} proposal={proposal} onWithdrawn={replace} />
          </>
        )}
      </Async>
    </section>
  );
}
