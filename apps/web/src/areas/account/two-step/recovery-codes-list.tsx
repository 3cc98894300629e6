import { useT } from '../../../i18n/i18n';
import { twoStepTexts } from './two-step-texts';

/** The recovery codes, shown once after they are made, with a button that says they are kept. */
export function RecoveryCodesList({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const t = useT(twoStepTexts);
  return (
    <div className="notice notice-good" id="recovery-codes">
      <h3>{t('codesHeading')}</h3>
      <p>{t('codesIntro')}</p>
      <ul className="recovery-codes" aria-label={t('codesCaption')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" className="button" onClick={onDone}>
          {t('codesDone')}
        </button>
      </div>
    </div>
  );
}
