import { useState } from 'react';
import { Link } from 'react-router';
import { call } from '../../../api/client';
import { useT } from '../../../i18n/i18n';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { Async, ProblemMessage } from '../../../ui/components';
import { useAction } from '../../../ui/use-action';
import { adminTexts } from './admin-texts';

/**
 * ログインの安全性: whether staff (secretariat, administrators, reviewers, committee) must sign in with two steps.
 * Staff who have not set it up are sent to set it up at their next page; groups keep their passwords.
 */
export function SecuritySettings() {
  const t = useT(adminTexts);
  const saved = useApiQuery(keys.admin.security(), (signal) =>
    call('GET /api/v1/municipality-settings/security', { signal }),
  );
  return (
    <>
      <h2 id="security-heading">{t('securityHeading')}</h2>
      <Async state={saved}>{(policy) => <SecurityForm initial={policy.mfaRequiredForStaff} />}</Async>
    </>
  );
}

function SecurityForm({ initial }: { initial: boolean }) {
  const t = useT(adminTexts);
  const [required, setRequired] = useState(initial);
  const action = useAction();
  const save = () =>
    action.run(async () => {
      const next = await call('PUT /api/v1/municipality-settings/security', {
        body: { mfaRequiredForStaff: required },
      });
      setRequired(next.mfaRequiredForStaff);
      return next.mfaRequiredForStaff ? t('securityOn') : t('securityOff');
    });
  return (
    <form
      aria-labelledby="security-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <p>{t('securityIntro')}</p>
      {action.failure ? (
        <>
          <ProblemMessage error={action.failure} />
          {action.failure.code === 'mfa_enrol_first' ? (
            <p>
              <Link to="/account">{t('securityToAccount')}</Link>
            </p>
          ) : null}
        </>
      ) : null}
      <div className="checkbox">
        <input
          id="security-mfa-staff"
          type="checkbox"
          checked={required}
          onChange={(event) => setRequired(event.target.checked)}
        />
        <label htmlFor="security-mfa-staff">{t('securityMfaStaff')}</label>
      </div>
      <p role="status" aria-live="polite">
        {action.notice}
      </p>
      <div className="button-row">
        <button type="submit" className="button" disabled={action.busy}>
          {t('securitySave')}
        </button>
      </div>
    </form>
  );
}
