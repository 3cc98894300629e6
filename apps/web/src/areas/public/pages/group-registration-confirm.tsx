import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { call } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import { useT } from '../../../i18n/i18n';
import { Loading, PageTitle } from '../../../ui/components';
import { groupRegistrationTexts } from '../group-registration-texts';

type Outcome = { kind: 'confirmed' } | { kind: 'refused'; title: string };

/**
 * The e-mailed link of a group's registration (/group-registration/confirm/:token): opening it is the
 * confirmation, so the page sends it once and says what happened.
 */
export function GroupRegistrationConfirmPage({ token }: { token: string }) {
  const t = useT(groupRegistrationTexts);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // React may run an effect twice in development: the link is used once.
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    call('POST /api/v1/auth/group-registration/confirm', { body: { token } })
      .then(() => setOutcome({ kind: 'confirmed' }))
      .catch((error: unknown) =>
        setOutcome({ kind: 'refused', title: error instanceof ApiError ? error.problem.title : String(error) }),
      );
  }, [token]);

  return (
    <section>
      <PageTitle>{t('confirmTitle')}</PageTitle>
      {outcome === null ? (
        <Loading />
      ) : outcome.kind === 'confirmed' ? (
        <div className="notice notice-good" role="status" id="registration-confirmed">
          <p className="notice-title">{t('confirmed')}</p>
        </div>
      ) : (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">{outcome.title}</p>
        </div>
      )}
      <p>
        <Link to="/">{t('toPortal')}</Link>
      </p>
    </section>
  );
}
