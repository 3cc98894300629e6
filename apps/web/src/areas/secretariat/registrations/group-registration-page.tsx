import { Link } from 'react-router';
import { call, callRaw } from '../../../api/client';
import { formatDate, useLocale, useT } from '../../../i18n/i18n';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { Async, PageTitle, StatusBadge } from '../../../ui/components';
import { saveResponse } from '../../../ui/download';
import { ActionOutcome } from '../components/confirmed-action';
import { useAction } from '../../../ui/use-action';
import { DecisionActions } from './decision-actions';
import { reviewTexts } from './group-registration-texts';
import { type RegistrationStatus, TONES } from './group-registrations-page';

/** One group's registration: what it stated, its 会則, and the decision (while it is under review). */
export function GroupRegistrationPage({ registrationId }: { registrationId: string }) {
  const t = useT(reviewTexts);
  const { locale } = useLocale();
  const download = useAction();
  const registration = useApiQuery(keys.admin.groupRegistration(registrationId), (signal) =>
    call('GET /api/v1/group-registrations/{id}', { path: { id: registrationId }, signal }),
  );
  const fields = useApiQuery(keys.admin.activityFields(), (signal) => call('GET /api/v1/activity-fields', { signal }));
  const labelOf = (key: string) => {
    const field = fields.data?.find((f) => f.key === key);
    return field ? (locale === 'ja' ? field.labelJa : field.labelEn) : key;
  };
  return (
    <section>
      <p>
        <Link to="/console/group-registrations">{t('back')}</Link>
      </p>
      <Async state={registration}>
        {(r) => (
          <>
            <PageTitle>{r.nameJa}</PageTitle>
            <p>
              <StatusBadge tone={TONES[r.status as RegistrationStatus]}>
                {t(r.status as RegistrationStatus)}
              </StatusBadge>
            </p>
            <dl className="pairs">
              <dt>{t('nameKana')}</dt>
              <dd>{r.nameKana}</dd>
              {r.nameEn ? (
                <>
                  <dt>{t('nameEn')}</dt>
                  <dd>{r.nameEn}</dd>
                </>
              ) : null}
              <dt>{t('address')}</dt>
              <dd>
                〒{r.postalCode} {r.address}
              </dd>
              {r.phone ? (
                <>
                  <dt>{t('phone')}</dt>
                  <dd>{r.phone}</dd>
                </>
              ) : null}
              <dt>{t('representative')}</dt>
              <dd>
                {r.representativeTitle} {r.representativeName}
              </dd>
              <dt>{t('contact')}</dt>
              <dd>{r.contactName}</dd>
              <dt>{t('contactPhone')}</dt>
              <dd>{r.contactPhone}</dd>
              <dt>{t('email')}</dt>
              <dd>{r.email}</dd>
              <dt>{t('fields')}</dt>
              <dd>{r.activityFields.map(labelOf).join('、')}</dd>
              <dt>{t('submittedAt')}</dt>
              <dd>{r.submittedAt ? formatDate(r.submittedAt, locale, true) : '—'}</dd>
              {r.decidedAt ? (
                <>
                  <dt>{t('decidedAt')}</dt>
                  <dd>{formatDate(r.decidedAt, locale, true)}</dd>
                </>
              ) : null}
              {r.decisionReasons ? (
                <>
                  <dt>{t('reasons')}</dt>
                  <dd className="preserve-lines">{r.decisionReasons}</dd>
                </>
              ) : null}
            </dl>
            {r.rulesFilename ? (
              <p>
                <button
                  type="button"
                  id="registration-rules"
                  className="button button-secondary"
                  onClick={() =>
                    void download.run(async () => {
                      const response = await callRaw('GET /api/v1/group-registrations/{id}/rules', {
                        path: { id: r.id },
                      });
                      await saveResponse(response, r.rulesFilename ?? 'rules.pdf');
                    })
                  }
                >
                  {t('download', { name: r.rulesFilename })}
                </button>
              </p>
            ) : null}
            <ActionOutcome failure={download.failure} notice="" />
            {r.status === 'submitted' ? <DecisionActions registrationId={r.id} /> : null}
          </>
        )}
      </Async>
    </section>
  );
}
