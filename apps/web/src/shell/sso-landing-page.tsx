import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../api/problem';
import { homeFor, useSession } from '../auth/session';
import { useT } from '../i18n/i18n';
import { PageTitle } from '../ui/components';
import { SSO_FAILURES, type SsoFailure, ssoTexts } from './sso-texts';

/** What the API's callback put in the fragment: the one-time code, or why the sign-in was refused. */
function readFragment(hash: string): { code: string | null; error: SsoFailure | null } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const error = params.get('error');
  return {
    code: params.get('code'),
    error: error ? (SSO_FAILURES.find((known) => known === error) ?? 'sso_failed') : null,
  };
}

/**
 * Where a single sign-on lands (/login/sso): the one-time code is exchanged once for the session and taken out of the
 * address (so neither history nor a copied link keeps it); a refusal is explained in the person's language.
 */
export function SsoLandingPage() {
  const t = useT(ssoTexts);
  const session = useSession();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);
  const once = useRef(false);

  useEffect(() => {
    if (once.current) return;
    once.current = true;
    const { code, error } = readFragment(window.location.hash);
    window.history.replaceState(null, '', window.location.pathname);
    if (error || !code) {
      setFailure(error ?? 'sso_failed');
      return;
    }
    session
      .loginWithSso(code)
      .then((me) => navigate(homeFor(me), { replace: true }))
      .catch((problem: unknown) =>
        setFailure(problem instanceof ApiError ? problem.problem.title : 'invalid_sso_handoff'),
      );
  }, [session, navigate]);

  const known = SSO_FAILURES.find((f) => f === failure);
  return (
    <section>
      <PageTitle>{failure ? t('failedTitle') : t('landingTitle')}</PageTitle>
      {failure ? (
        <>
          <div className="notice notice-error" role="alert">
            <p className="notice-title">{known ? t(known) : failure}</p>
          </div>
          <p>
            <Link to="/login">{t('backToLogin')}</Link>
          </p>
        </>
      ) : (
        <p role="status">{t('signingIn')}</p>
      )}
    </section>
  );
}
