import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
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
  const { register, handleSubmit, reset, formState } = useForm({ defaultValues: { text: session.minutes ?? '' } });
  const { failure, notice, run } = useAction();
  const invalidate = useInvalidate();
  // The session's minutes as last read, unless someone is typing over them here.
  const { isDirty } = formState;
  useEffect(() => {
    if (!isDirty) reset({ text: session.minutes ?? '' });
  }, [session.minutes, isDirty, reset]);
  const save = ({ text }: { text: string }) =>
    run(async () => {
      await call('POST /api/v1/sessions/{id}/minutes', { path: { id: session.id }, body: { text } });
      await invalidate(keys.sessions.meeting(session.id));
      // Saved: no longer typed over, so the minutes as read again are shown.
      reset({ text });
      return t('minutesSaved');
    });
  return (
    <section aria-labelledby="minutes-heading" className="committee-panel">
      <h2 id="minutes-heading">{t('minutes')}</h2>
      {failure ? <ProblemMessage error={failure} /> : null}
      <TextArea id="minutes-text" label={t('minutesLabel')} rows={8} readOnly={!canEdit} {...register('text')} />
      {canEdit ? (
        <button type="button" className="button" onClick={(event) => void handleSubmit(save)(event)}>
          {t('minutesSave')}
        </button>
      ) : null}
      <p role="status" aria-live="polite">
        {notice}
      </p>
    </section>
  );
}
