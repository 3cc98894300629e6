import { useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { Link } from 'react-router';
import { Async, PageTitle } from '../../../ui/components';
import { useQueryClient } from '@tanstack/react-query';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { ProposalEditor } from '../components/proposal-editor';
import { ReadOnlyProposal } from '../components/read-only-proposal';
import { formTexts } from '../form-texts';
import type { Proposal } from '../models';
import { api } from '../proposer-api';
import { StateBadge } from '../state-label';
import '../proposer.css';

const editable = (state: string) => state === 'draft' || state.includes('revisionRequested');

/** One proposal: the guided form while it may change, the read-only record with its receipt number after. */
export function ProposalPage({ id }: { id: string }) {
  const t = useT(formTexts);
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
            {editable(proposal.state) ? (
              <ProposalEditor
                key={`${proposal.id}:${proposal.state}`}
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
          </>
        )}
      </Async>
    </section>
  );
}
