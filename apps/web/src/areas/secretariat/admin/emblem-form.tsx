import { useRef, useState } from 'react';
import { call } from '../../../api/client';
import type { Schema } from '../../../api/models';
import { ApiError } from '../../../api/problem';
import { formatNumber, useLocale, useT } from '../../../i18n/i18n';
import { ProblemMessage } from '../../../ui/components';
import { municipalitySettingsTexts } from './municipality-settings-texts';

type Settings = Schema<'MunicipalitySettings'>;

/** 紋章: the current emblem (as the portal serves it), an upload (PNG or JPEG), and its removal. */
export function EmblemForm({
  emblem,
  code,
  onSaved,
}: {
  emblem: Settings['emblem'];
  code: string | null;
  onSaved: (next: Settings) => void;
}) {
  const t = useT(municipalitySettingsTexts);
  const { locale } = useLocale();
  const input = useRef<HTMLInputElement>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError>();
  const [notice, setNotice] = useState('');

  const run = async (work: () => Promise<Settings>, said: string) => {
    setBusy(true);
    setNotice('');
    setFailure(undefined);
    try {
      onSaved(await work());
      setNotice(said);
    } catch (error) {
      if (error instanceof ApiError) setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  const upload = () => {
    const file = input.current?.files?.[0];
    setMissing(!file);
    if (!file) return;
    void run(async () => {
      const next = await call('PUT /api/v1/municipality-settings/emblem', { body: file });
      if (input.current) input.current.value = '';
      return next;
    }, t('emblemSaved'));
  };
  const size = emblem ? `${formatNumber(emblem.sizeBytes / 1024, locale, 1)} KB` : '';

  return (
    <div className="console-form">
      {emblem ? (
        <figure className="emblem-current">
          {code ? (
            <img
              src={`/api/v1/public/municipalities/${encodeURIComponent(code)}/emblem?v=${emblem.sha256.slice(0, 12)}`}
              alt={t('emblemAlt')}
              width={64}
              height={64}
            />
          ) : null}
          <figcaption>
            {t('emblemCurrent', { type: emblem.contentType === 'image/png' ? 'PNG' : 'JPEG', size })}
          </figcaption>
        </figure>
      ) : (
        <p>{t('emblemNone')}</p>
      )}
      <div className={missing ? 'field field-invalid' : 'field'}>
        <label htmlFor="emblem-file" className="field-label">
          {t('emblemFile')}
        </label>
        <p id="emblem-file-hint" className="field-hint">
          {t('emblemIntro')}
        </p>
        {missing ? (
          <p id="emblem-file-error" className="field-error">
            {t('errEmblemFile')}
          </p>
        ) : null}
        <input
          ref={input}
          id="emblem-file"
          type="file"
          className="input"
          accept=".png,.jpg,.jpeg,image/png,image/jpeg"
          aria-describedby={missing ? 'emblem-file-hint emblem-file-error' : 'emblem-file-hint'}
          aria-invalid={missing || undefined}
        />
      </div>
      <div className="button-row">
        <button id="emblem-upload" type="button" className="button" disabled={busy} onClick={upload}>
          {t('emblemUpload')}
        </button>
        {emblem ? (
          <button
            type="button"
            className="button button-secondary"
            disabled={busy}
            onClick={() => void run(() => call('DELETE /api/v1/municipality-settings/emblem'), t('emblemRemoved'))}
          >
            {t('emblemRemove')}
          </button>
        ) : null}
      </div>
      <p role="status" aria-live="polite">
        {notice}
      </p>
      {failure ? <ProblemMessage error={failure} /> : null}
    </div>
  );
}
