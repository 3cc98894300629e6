import { useState } from 'react';
import { Link } from 'react-router';
import { call } from '../../../api/client';
import { formatDate, useLocale, useT } from '../../../i18n/i18n';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { Async, PageTitle, Select, StatusBadge } from '../../../ui/components';
import { reviewTexts } from './group-registration-texts';

const STATUSES = ['submitted', 'approved', 'returned', 'refused'] as const;
export type RegistrationStatus = (typeof STATUSES)[number];
export const TONES: Record<RegistrationStatus, 'info' | 'good' | 'warn' | 'bad'> = {
  submitted: 'info',
  approved: 'good',
  returned: 'warn',
  refused: 'bad',
};

/** 団体登録の審査: the registrations to review (by default), or those of another status. */
export function GroupRegistrationsPage() {
  const t = useT(reviewTexts);
  const { locale } = useLocale();
  const [status, setStatus] = useState<RegistrationStatus | ''>('submitted');
  const list = useApiQuery(keys.admin.groupRegistrations(status), (signal) =>
    call('GET /api/v1/group-registrations', { query: status ? { status } : {}, signal }),
  );
  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('intro')}</p>
      <Select
        id="registration-status"
        label={t('status')}
        value={status}
        onChange={(event) => setStatus(event.target.value as RegistrationStatus | '')}
      >
        <option value="">{t('statusAll')}</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(s)}
          </option>
        ))}
      </Select>
      <Async state={list}>
        {(items) =>
          items.length === 0 ? (
            <p className="empty-state">{t('none')}</p>
          ) : (
            <div className="table-scroll">
              <table>
                <caption className="visually-hidden">{t('title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('name')}</th>
                    <th scope="col">{t('representative')}</th>
                    <th scope="col">{t('submittedAt')}</th>
                    <th scope="col">{t('status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((item) => (
                    <tr key={item.id}>
                      <td>
                        <Link to={`/console/group-registrations/${item.id}`}>{item.nameJa}</Link>
                      </td>
                      <td>
                        {item.representativeTitle} {item.representativeName}
                      </td>
                      <td>{item.submittedAt ? formatDate(item.submittedAt, locale, true) : '—'}</td>
                      <td>
                        <StatusBadge tone={TONES[item.status as RegistrationStatus]}>
                          {t(item.status as RegistrationStatus)}
                        </StatusBadge>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Async>
    </section>
  );
}
