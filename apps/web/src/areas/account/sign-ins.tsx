import { useState } from 'react';
import { call } from '../../api/client';
import type { Schema } from '../../api/models';
import { formatDate, useLocale, useT } from '../../i18n/i18n';
import { keys } from '../../queries/keys';
import { useApiQuery } from '../../queries/use-api-query';
import { useInvalidate } from '../../queries/use-invalidate';
import { CaptionedTable } from '../../ui/captioned-table';
import { Async, ProblemMessage } from '../../ui/components';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { useAction } from '../../ui/use-action';
import { accountTexts } from './texts';
import { describeUserAgent, shortened } from './user-agent';

type SignIn = Schema<'SignIn'>;

/** ログイン中の端末: one's open sign-ins, this one marked, each other one ended after confirming. */
export function SignIns() {
  const t = useT(accountTexts);
  const { locale } = useLocale();
  const list = useApiQuery(keys.me.sessions(), (signal) => call('GET /api/v1/me/sessions', { signal }));
  const invalidate = useInvalidate();
  const ending = useAction();
  const [chosen, setChosen] = useState<SignIn | null>(null);

  const device = (signIn: SignIn) => {
    const { browser, os } = describeUserAgent(signIn.userAgent);
    if (browser && os) return t('browserOn', { browser, os });
    if (browser || os) return browser ?? os ?? '';
    return signIn.userAgent ? shortened(signIn.userAgent) : t('unknownDevice');
  };

  const end = async () => {
    const signIn = chosen!;
    await ending.run(async () => {
      await call('DELETE /api/v1/me/sessions/{familyId}', { path: { familyId: signIn.familyId } });
      await invalidate(keys.me.sessions());
      return t('signInEnded');
    });
    setChosen(null);
  };

  return (
    <>
      <h2>{t('signInsHeading')}</h2>
      <p>{t('signInsIntro')}</p>
      <p role="status" aria-live="polite">
        {ending.notice}
      </p>
      {ending.failure ? <ProblemMessage error={ending.failure} /> : null}
      <Async state={list}>
        {(signIns) => (
          <CaptionedTable
            id="sign-ins-table"
            caption={t('signInsCaption')}
            columns={[t('device'), t('startedAt'), t('lastUsedAt'), t('actions')]}
          >
            {signIns.map((s) => (
              <tr key={s.familyId} data-family={s.familyId} data-current={s.current ? 'true' : undefined}>
                <th scope="row" title={s.userAgent ?? undefined}>
                  {device(s)}
                </th>
                <td>{formatDate(s.startedAt, locale, true)}</td>
                <td>{formatDate(s.lastUsedAt, locale, true)}</td>
                <td>
                  {s.current ? (
                    <strong>{t('thisDevice')}</strong>
                  ) : (
                    <button
                      type="button"
                      className="button button-secondary row-action"
                      aria-label={`${t('endSignIn')}: ${device(s)} ${formatDate(s.startedAt, locale, true)}`}
                      onClick={() => setChosen(s)}
                    >
                      {t('endSignIn')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </CaptionedTable>
        )}
      </Async>
      <ConfirmDialog
        open={chosen !== null}
        title={t('endSignInConfirm')}
        busy={ending.busy}
        danger
        confirmLabel={t('endSignIn')}
        onConfirm={() => void end()}
        onCancel={() => setChosen(null)}
      >
        <p>{chosen ? device(chosen) : ''}</p>
        <p>{t('endSignInHint')}</p>
      </ConfirmDialog>
    </>
  );
}
