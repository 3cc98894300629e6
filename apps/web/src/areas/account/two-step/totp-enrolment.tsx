import { useState } from 'react';
import { call } from '../../../api/client';
import type { Schema } from '../../../api/models';
import { useT } from '../../../i18n/i18n';
import { ProblemMessage } from '../../../ui/components';
import { useAction } from '../../../ui/use-action';
import { CodeForm } from './code-form';
import { RecoveryCodesList } from './recovery-codes-list';
import { twoStepTexts } from './two-step-texts';

type Enrolment = Schema<'TotpEnrolment'>;

/**
 * Setting up an authenticator app: start (a new secret and its QR code), scan or type the key, confirm with a first
 * code, then the recovery codes shown once. `onDone` runs when the person says the codes are kept.
 */
export function TotpEnrolment({ onDone }: { onDone: () => Promise<void> | void }) {
  const t = useT(twoStepTexts);
  const starting = useAction();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);

  if (codes) {
    return (
      <>
        <p role="status" className="notice notice-good">
          {t('enrolled')}
        </p>
        <RecoveryCodesList codes={codes} onDone={() => void onDone()} />
      </>
    );
  }
  if (!enrolment) {
    return (
      <>
        {starting.failure ? <ProblemMessage error={starting.failure} /> : null}
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={starting.busy}
            onClick={() => void starting.run(async () => setEnrolment(await call('POST /api/v1/me/mfa/totp', {})))}
          >
            {t('start')}
          </button>
        </div>
      </>
    );
  }
  return (
    <div className="totp-enrolment">
      <p>{t('scan')}</p>
      {/* The SVG comes from the API as a document: shown as an image, never inserted as markup. */}
      <img
        className="totp-qr"
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrCodeSvg)}`}
        alt={t('qrAlt')}
        width={200}
        height={200}
      />
      <p>{t('manual')}</p>
      <p>
        {t('secretLabel')}: <code id="totp-secret">{enrolment.secret}</code>
      </p>
      <p>{t('enterCode')}</p>
      <CodeForm
        id="totp-confirm-code"
        label={t('confirm')}
        send={async (code) => {
          const answer = await call('POST /api/v1/me/mfa/totp/confirm', { body: { code } });
          setCodes(answer.recoveryCodes);
        }}
      />
    </div>
  );
}
