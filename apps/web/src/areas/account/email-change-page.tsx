import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { call } from '../../api/client';
import { ApiError } from '../../api/problem';
import { useT } from '../../i18n/i18n';
import { Loading, PageTitle } from '../../ui/components';
import { accountTexts } from './texts';

type Outcome = { kind: 'changed'; email: string } | { kind: 'refused'; title: string; expired: boolean };

/**
 * The link sent to a new address (/email-change/:token): opening it is the confirmation, so the page sends it once
 * and says what happened — the new sign-in address, or why not (a used or expired link, an address taken meanwhile).
 */
export function EmailChangePage({ token }: { token: string }) {
  const t = useT(accountTexts);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // React may run an effect twice in development: the link is used once.
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    call('POST /api/v1/auth/email-change/confirm', { body: { token } })
      .then((answer) => setOutcome({ kind: 'changed', email: answer.email }))
      .catch((error: unknown) =>
        setOutcome({
          kind: 'refused',
          title: error instanceof ApiError ? error.problem.title : String(error),
          expired: error instanceof ApiError && error.code === 'invalid_email_change_link',
        }),
      );
  }, [token]);

  return (
    <section>
      <PageTitle>{t('emailChangeTitle')}</PageTitle>
      {outcome === null ? (
        <Loading />
      ) : outcome.kind === 'changed' ? (
        <>
          <div className="notice notice-good" role="status">
            <p className="notice-title">{t('emailChanged', { email: outcome.email })}</p>
          </div>
          <p>
            <Link to="/account">{t('toAccount')}</Link>
          </p>
        </>
      ) : (
        <>
          <div className="notice notice-error" role="alert">
            <p className="notice-title">{outcome.title}</p>
          </div>
          {outcome.expired ? (
            <p>
              <Link to="/account">{t('toAccount')}</Link>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
