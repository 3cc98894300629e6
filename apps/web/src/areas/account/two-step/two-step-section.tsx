import { useState } from 'react';
import { call } from '../../../api/client';
import { useT } from '../../../i18n/i18n';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { useInvalidate } from '../../../queries/use-invalidate';
import { Async } from '../../../ui/components';
import { CodeForm } from './code-form';
import { DisableTwoStepForm } from './disable-form';
import { RecoveryCodesList } from './recovery-codes-list';
import { TotpEnrolment } from './totp-enrolment';
import { twoStepTexts } from './two-step-texts';

/**
 * 二段階認証 on the account page: set up an authenticator app; once on, how many recovery codes are left, new codes,
 * and turning it off (not offered where it is required: the administrator's reset is the way for a lost phone).
 */
export function TwoStepSection() {
  const t = useT(twoStepTexts);
  const status = useApiQuery(keys.me.mfa(), (signal) => call('GET /api/v1/me/mfa', { signal }));
  const invalidate = useInvalidate();
  const [notice, setNotice] = useState('');
  const [renewed, setRenewed] = useState<string[] | null>(null);
  const refresh = () => invalidate(keys.me.mfa());

  return (
    <section aria-labelledby="two-step-heading">
      <h2 id="two-step-heading">{t('heading')}</h2>
      <p>{t('intro')}</p>
      <p role="status" aria-live="polite">
        {notice}
      </p>
      <Async state={status}>
        {(s) => (
          <>
            <p id="two-step-status">
              <strong>{s.enrolled ? t('statusOn') : t('statusOff')}</strong> {s.required ? t('required') : null}
            </p>
            {!s.enrolled ? (
              <TotpEnrolment onDone={refresh} />
            ) : (
              <>
                <p>{t('codesLeft', { count: s.recoveryCodesLeft })}</p>
                <h3>{t('renewHeading')}</h3>
                {renewed ? (
                  <RecoveryCodesList codes={renewed} onDone={() => setRenewed(null)} />
                ) : (
                  <>
                    <p>{t('renewIntro')}</p>
                    <CodeForm
                      id="two-step-renew-code"
                      label={t('renew')}
                      send={async (code) => {
                        const answer = await call('POST /api/v1/me/mfa/recovery-codes', { body: { code } });
                        setRenewed(answer.recoveryCodes);
                        await refresh();
                      }}
                    />
                  </>
                )}
                {s.required ? (
                  <p className="field-hint">{t('cannotDisable')}</p>
                ) : (
                  <DisableTwoStepForm
                    onDisabled={async () => {
                      setNotice(t('disabled'));
                      await refresh();
                    }}
                  />
                )}
              </>
            )}
          </>
        )}
      </Async>
    </section>
  );
}
