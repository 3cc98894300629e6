import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/i18n';
import { keys } from '../queries/keys';
import { useApiQuery } from '../queries/use-api-query';
import { Async, PageTitle } from '../ui/components';
import { ConsultationReportForm } from './consultation-report-form';
import { LifecycleRecords } from './lifecycle-records';
import { requestsTexts } from './consultation-requests-texts';
import { ProposalFields } from './proposal-fields';
import { proposalReads } from './proposal-reads';

/** One consultation request: the proposal as submitted, then the department's 協議結果報告書. */
export function ConsultationPage({ proposalId, backTo }: { proposalId: string; backTo: string }) {
  const t = useT(requestsTexts);
  const client = useQueryClient();
  const [filed, setFiled] = useState(false);
  // Its own key: the areas keep their own shapes of the same proposal under keys.proposals.one.
  const proposal = useApiQuery(keys.proposals.consultation(proposalId), (signal) =>
    proposalReads.one(proposalId, signal),
  );
  return (
    <section className="consultation-page">
      <p>
        <Link to={backTo}>← {t('back')}</Link>
      </p>
      <Async state={proposal}>
        {(p) => (
          <>
            <PageTitle title={p.title}>{t('pageTitle', { title: p.title })}</PageTitle>
            <p role="status" aria-live="polite" className={filed ? 'notice notice-good' : 'visually-hidden'}>
              {filed ? t('filed') : ''}
            </p>
            {!filed && !p.allowedEvents.includes('FILE_CONSULTATION_REPORT') ? <p>{t('notWaiting')}</p> : null}
            <ConsultationReportForm
              proposal={p}
              className="consultation-form"
              onFiled={(next) => {
                client.setQueryData(keys.proposals.consultation(proposalId), next);
                void client.invalidateQueries({ queryKey: keys.proposals.consultations() });
                setFiled(true);
              }}
            />
            <LifecycleRecords records={p.records} showEmptyReport={false} />
            <section aria-labelledby="consultation-content-heading">
              <h2 id="consultation-content-heading">{t('content')}</h2>
              <ProposalFields proposal={p} />
            </section>
          </>
        )}
      </Async>
    </section>
  );
}
