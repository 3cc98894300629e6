import { useState } from 'react';
import { call } from '../../api/client';
import { formatDate, useLocale, useT } from '../../i18n/i18n';
import { keys } from '../../queries/keys';
import { useApiQuery } from '../../queries/use-api-query';
import { useInvalidate } from '../../queries/use-invalidate';
import { Async, PageTitle } from '../../ui/components';
import { ChangeEmailForm } from './change-email-form';
import { ChangePasswordForm } from './change-password-form';
import { ProfileForm } from './profile-form';
import { SignIns } from './sign-ins';
import { accountTexts } from './texts';
import { TwoStepSection } from './two-step/two-step-section';

/**
 * アカウント: the e-mail address, name and language, the password, a change of address, two-step sign-in, and the
 * devices signed in.
 */
export function AccountPage() {
  const t = useT(accountTexts);
  const { locale } = useLocale();
  const account = useApiQuery(keys.me.account(), (signal) => call('GET /api/v1/me/account', { signal }));
  const invalidate = useInvalidate();
  const [changed, setChanged] = useState(false);

  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <Async state={account}>
        {(a) => (
          <>
            <dl className="account-summary">
              <dt>{t('email')}</dt>
              <dd id="account-email">{a.email}</dd>
            </dl>
            <p className="field-hint">{t('emailHint')}</p>
            <ProfileForm account={a} />
            <h2>{t('passwordHeading')}</h2>
            {a.passwordChangedAt ? (
              <p>{t('passwordChangedAt', { time: formatDate(a.passwordChangedAt, locale, true) })}</p>
            ) : null}
          </>
        )}
      </Async>
      <div role="status" aria-live="polite">
        {changed ? (
          <div className="notice notice-good">
            <p className="notice-title">{t('passwordChanged')}</p>
          </div>
        ) : null}
      </div>
      <ChangePasswordForm
        onChanged={async () => {
          setChanged(true);
          await invalidate(keys.me.account(), keys.me.sessions());
        }}
      />
      <ChangeEmailForm />
      <TwoStepSection />
      <SignIns />
    </section>
  );
}
