import { Link } from 'react-router';
import { formatDate, formatNumber, useLocale, useT } from '../../../i18n/i18n';
import type { Partnership } from '../../../partnership/partnership-models';
import { PlanChangeHistory } from '../../../partnership/plan-terms-change';
import { AgreementPdf } from './agreement-pdf';
import { agreementTexts } from './agreement-texts';
import { partnershipPageTexts } from './partnership-page-texts';

/** The concluded 協定 as stored, or the way to conclude it. */
export function AgreementSummary({ partnership }: { partnership: Partnership }) {
  const t = useT(partnershipPageTexts);
  const ta = useT(agreementTexts);
  const { locale } = useLocale();
  const agreement = partnership.agreement?.concludedAt ? partnership.agreement : null;
  return (
    <section className="console-panel" aria-labelledby="agreement-heading">
      <h2 id="agreement-heading">{t('agreementHeading')}</h2>
      {agreement ? (
        <dl className="pairs agreement-summary">
          <dt>{ta('parties')}</dt>
          <dd>
            {agreement.group.name} ／ {agreement.department.name}
          </dd>
          <dt>{t('term')}</dt>
          <dd>
            {formatDate(agreement.termStart, locale)} – {formatDate(agreement.termEnd, locale)}
          </dd>
          <dt>{t('form')}</dt>
          <dd>{ta(agreement.partnershipForm)}</dd>
          <dt>{t('grantedAmount')}</dt>
          <dd>{formatNumber(agreement.grantedAmount, locale)}円</dd>
          <dt>{t('roleSharing')}</dt>
          <dd className="preserve-lines">{agreement.roleSharing}</dd>
          <dt>{t('costSharing')}</dt>
          <dd className="preserve-lines">{agreement.costSharing}</dd>
          <dt>{t('informationSharing')}</dt>
          <dd className="preserve-lines">{agreement.informationSharing}</dd>
          <dt>{t('formNumber')}</dt>
          <dd>{agreement.formNumber || '—'}</dd>
          <dt>{t('madeOn')}</dt>
          <dd>{formatDate(agreement.madeOn, locale)}</dd>
          <dt>{t('concludedAt')}</dt>
          <dd>{formatDate(agreement.concludedAt, locale, true)}</dd>
        </dl>
      ) : null}
      {agreement ? <PlanChangeHistory changes={partnership.planChanges} /> : null}
      {agreement ? (
        <AgreementPdf proposalId={partnership.proposal.id} callId={partnership.proposal.callId} />
      ) : (
        <>
          <p>{t('noAgreement')}</p>
          {partnership.proposal.allowedEvents.includes('CONCLUDE_AGREEMENT') ? (
            <p>
              <Link className="button" to={`/console/proposals/${partnership.proposal.id}/agreement`}>
                {t('toAgreement')}
              </Link>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
