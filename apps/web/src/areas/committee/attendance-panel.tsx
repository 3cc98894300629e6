import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { call } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { ProblemMessage, StatusBadge } from '../../ui/components';
import { useAction } from '../../ui/use-action';
import { keys } from '../../queries/keys';
import { useInvalidate } from '../../queries/use-invalidate';
import type { Session } from './models';
import { committeeTexts } from './texts';

/** Who is present, against the quorum; the chair and the secretariat record it. */
export function AttendancePanel({ session, canEdit }: { session: Session; canEdit: boolean }) {
  const t = useT(committeeTexts);
  const { control, handleSubmit, reset } = useForm({ defaultValues: { present: session.present } });
  const { failure, notice, run } = useAction();
  const invalidate = useInvalidate();
  // Whoever recorded the attendance last, the list as read again replaces the ticks.
  useEffect(() => reset({ present: session.present }), [session.present, reset]);
  const met = session.present.length >= session.quorum;
  const save = ({ present }: { present: string[] }) =>
    run(async () => {
      await call('PUT /api/v1/sessions/{id}/attendance', { path: { id: session.id }, body: { present } });
      await invalidate(keys.sessions.meeting(session.id));
      return t('attendanceSaved');
    });
  return (
    <section aria-labelledby="attendance-heading" className="committee-panel">
      <h2 id="attendance-heading">{t('attendance', { quorum: session.quorum })}</h2>
      <p data-testid="quorum">
        <StatusBadge tone={met ? 'good' : 'bad'}>
          {met
            ? t('quorumMet', { present: session.present.length })
            : t('quorumNotMet', { present: session.present.length, quorum: session.quorum })}
        </StatusBadge>
      </p>
      <fieldset disabled={!canEdit}>
        <legend>{t('attendance', { quorum: session.quorum })}</legend>
        <Controller
          control={control}
          name="present"
          render={({ field: { value: present, onChange } }) => (
            <>
              {session.members.map((m) => (
                <label key={m.userId} className="check-row">
                  <input
                    type="checkbox"
                    checked={present.includes(m.userId)}
                    onChange={(event) =>
                      onChange(event.target.checked ? [...present, m.userId] : present.filter((p) => p !== m.userId))
                    }
                  />
                  {t('memberLabel', { name: m.displayName, position: t(`position_${m.position}`) })}
                </label>
              ))}
            </>
          )}
        />
      </fieldset>
      {failure ? <ProblemMessage error={failure} /> : null}
      {canEdit ? (
        <button type="button" className="button" onClick={(event) => void handleSubmit(save)(event)}>
          {t('attendanceSave')}
        </button>
      ) : null}
      <p role="status" aria-live="polite">
        {notice}
      </p>
    </section>
  );
}
