import { formatDate, useLocale, useLocalized, useT } from '../../../i18n/i18n';
import { Link } from 'react-router';
import { Async, PageTitle } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import type { Call } from '../models';
import { ConsultationRequests } from '../../../proposal-workflow/consultation-requests';
import { MyOrganizations } from '../../../organization/my-organizations';
import { FeedbackInvitations } from '../../../scheme-feedback/feedback-invitations';
import { CallDocumentsForProposer } from '../components/call-documents-for-proposer';
import { StartProposal } from '../components/start-proposal';
import { api } from '../proposer-api';
import { StateBadge } from '../state-label';
import { texts } from '../texts';
import '../proposer.css';

/** The organisation's proposals with their status, and the open calls to start a new one in. */
export function WorkspacePage() {
  const t = useT(texts);
  const { locale } = useLocale();
  const localized = useLocalized();
  const data = useApiQuery(keys.proposals.mine(), async (signal) => {
    const [proposals, calls] = await Promise.all([api.proposals(signal), api.calls(signal)]);
    return { proposals: proposals.items, calls };
  });
  const callTitle = (calls: Call[], id: string) => {
    const call = calls.find((c) => c.id === id);
    return call ? localized({ ja: call.titleJa, en: call.titleEn }) : '';
  };
  return (
    <section>
      <PageTitle>{t('workspaceTitle')}</PageTitle>
      <FeedbackInvitations />
      <ConsultationRequests linkTo={(id) => `/workspace/consultations/${id}`} />
      <MyOrganizations linkTo={(id) => `/workspace/organizations/${id}`} />
      <Async state={data}>
        {({ proposals, calls }) => {
          const now = Date.now();
          const open = calls.filter(
            (c) => Date.parse(c.submissionOpensAt) <= now && now < Date.parse(c.submissionClosesAt),
          );
          return (
            <>
              <h2>{t('myProposals')}</h2>
              {proposals.length === 0 ? (
                <p>{t('noProposals')}</p>
              ) : (
                <div className="table-scroll">
                  <table className="proposal-list">
                    <caption className="visually-hidden">{t('myProposals')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('colTitle')}</th>
                        <th scope="col">{t('colState')}</th>
                        <th scope="col">{t('colCall')}</th>
                        <th scope="col">{t('colReceipt')}</th>
                        <th scope="col">{t('colUpdated')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {[...proposals].reverse().map((p) => (
                        <tr key={p.id}>
                          <th scope="row">
                            <Link to={`/workspace/proposals/${p.id}`}>{p.title}</Link>
                          </th>
                          <td data-label={t('colState')}>
                            <StateBadge state={p.state} />
                          </td>
                          <td data-label={t('colCall')}>{callTitle(calls, p.callId)}</td>
                          <td data-label={t('colReceipt')}>{p.receiptNumber ?? '—'}</td>
                          <td data-label={t('colUpdated')}>{formatDate(p.updatedAt, locale, true)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              <h2>{t('openCalls')}</h2>
              {open.length === 0 ? (
                <p>{t('noOpenCalls')}</p>
              ) : (
                <ul className="cards">
                  {open.map((call) => (
                    <li key={call.id} className="card">
                      <h3>{localized({ ja: call.titleJa, en: call.titleEn })}</h3>
                      <p className="meta">
                        {t('deadline', { date: formatDate(call.submissionClosesAt, locale, true) })}
                      </p>
                      <CallDocumentsForProposer callId={call.id} />
                      <StartProposal call={call} />
                    </li>
                  ))}
                </ul>
              )}
            </>
          );
        }}
      </Async>
    </section>
  );
}
