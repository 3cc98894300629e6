import { Link, useNavigate } from 'react-router';
import { call } from '../../../api/client';
import { useT } from '../../../i18n/i18n';
import { usePartnership } from '../../../partnership/use-partnership';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { Async, PageTitle } from '../../../ui/components';
import { AgreementForm } from './agreement-form';
import { agreementTexts } from './agreement-texts';

/** 協定を締結する: the agreement form of a disclosed adopted proposal; after it, the project's management page. */
export function AgreementPage({ proposalId }: { proposalId: string }) {
  const t = useT(agreementTexts);
  const navigate = useNavigate();
  const { state, replace } = usePartnership(proposalId);
  // The requested amount, shown beside the amount granted.
  const proposal = useApiQuery(keys.proposals.one(proposalId), (signal) =>
    call('GET /api/v1/proposals/{id}', { path: { id: proposalId }, signal }),
  );
  const requested = Number((proposal.data?.content as { requestedAmount?: number } | undefined)?.requestedAmount ?? 0);
  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <p>
        <Link to={`/console/proposals/${proposalId}`}>{t('back')}</Link>
      </p>
      <Async state={state}>
        {(partnership) =>
          partnership.proposal.allowedEvents.includes('CONCLUDE_AGREEMENT') ? (
            <AgreementForm
              partnership={partnership}
              requestedAmount={requested}
              onConcluded={(next) => {
                replace(next);
                void navigate(`/console/proposals/${proposalId}/partnership`);
              }}
            />
          ) : (
            <>
              <p>{partnership.agreement?.concludedAt ? t('concluded') : t('notNow')}</p>
              <p>
                <Link to={`/console/proposals/${proposalId}/partnership`}>{t('toPartnership')}</Link>
              </p>
            </>
          )
        }
      </Async>
    </section>
  );
}
