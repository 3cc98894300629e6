import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { ProblemMessage, TextArea } from '../../ui/components';
import { useAction } from '../../ui/use-action';
import { keys } from '../../queries/keys';
import { useInvalidate } from '../../queries/use-invalidate';
import type { Session } from './models';
import { committeeTexts } from './texts';

/** 議事録: the chair or the secretariat keeps the minutes; members read them. */
export function MinutesForm({ session, canEdit }: { session: Session; canEdit: boolean }) {
  const t = useT(committeeTexts);
  const [text, setText] = useState(session.minutes ?? '');
  const [touched, setTouched] = useState(false);
  const { failure, notice, run } = useAction();
  const invalidate = useInvalidate();
  useEffect(() => {
    if (!touched) setText(session.minutes ?? '');
  }, [session.minutes, touched]);
  const save = () =>
    run(async () => {
      await call('POST /api/v1/sessions/{id}/minutes', { path: { id: session.id }, body: { text } });
      await invalidate(keys.sessions.meeting(session.id));
      setTouched(false);
      return t('minutesSaved');
    });
  return (
    <section aria-labelledby="minutes-heading" className="committee-panel">
      <h2 id="minutes-heading">{t('minutes')}</h2>
      {failure ? <ProblemMessage error={failure} /> : null}
      <TextArea
        id="minutes-text"
        label={t('minutesLabel')}
        rows={8}
        value={text}
        readOnly={!canEdit}
        onChange={(event) => {
          setText(event.target.value);
          setTouched(true);
        }}
      />
      {canEdit ? (
        <button type="button" className="button" onClick={() => void save()}>
          {t('minutesSave')}
        </button>
      ) : null}
      <p role="status" aria-live="polite">
        {notice}
      </p>
    </section>
  );
}
