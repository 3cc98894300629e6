import { Link } from 'react-router';
import { useSession } from '../auth/session';
import { formatDate, useLocale, useT } from '../i18n/i18n';
import { keys } from '../queries/keys';
import { useApiQuery } from '../queries/use-api-query';
import { Async } from '../ui/components';
import { requestsTexts } from './consultation-requests-texts';
import { proposalReads } from './proposal-reads';

/**
 * 協議の依頼: the proposals in consultation that name one of the caller's organisations as partner department.
 * The list API shows staff every submitted proposal, so the partner check is made here, on the memberships.
 * Nothing at all for a person of no partner department with nothing waiting (a citizens' group's member).
 */
export function ConsultationRequests({ linkTo }: { linkTo: (proposalId: string) => string }) {
  const t = useT(requestsTexts);
  const { locale } = useLocale();
  const { me } = useSession();
  const mine = new Set((me?.memberships ?? []).flatMap((m) => (m.organizationId ? [m.organizationId] : [])));
  const requests = useApiQuery(
    keys.proposals.consultations(),
    async (signal) => (await proposalReads.inState('consultation', signal)).items,
  );
  const waiting = (requests.data ?? []).filter((p) => p.partnerDepartmentIds.some((id) => mine.has(id)));
  if (requests.data && waiting.length === 0) return null;
  return (
    <section className="consultation-requests" aria-labelledby="consultation-requests-heading">
      <h2 id="consultation-requests-heading">{t('heading', { count: waiting.length })}</h2>
      <Async state={requests}>
        {() => (
          <>
            <p>{t('intro')}</p>
            <ul className="cards">
              {waiting.map((p) => (
                <li key={p.id} className="card">
                  <h3>
                    <Link to={linkTo(p.id)}>{p.title}</Link>
                  </h3>
                  <p className="meta">
                    {p.receiptNumber ? t('receipt', { number: p.receiptNumber }) : null}
                    {' · '}
                    {t('since', { date: formatDate(p.updatedAt, locale) })}
                  </p>
                  <Link className="button" to={linkTo(p.id)} aria-label={`${t('open')}: ${p.title}`}>
                    {t('open')}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </Async>
    </section>
  );
}
