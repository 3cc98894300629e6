import { useEffect, useState } from 'react';
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
  const [present, setPresent] = useState<string[]>(session.present);
  const { failure, notice, run } = useAction();
  const invalidate = useInvalidate();
  useEffect(() => setPresent(session.present), [session.present]);
  const met = session.present.length >= session.quorum;
  const save = () =>
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
        {session.members.map((m) => (
          <label key={m.userId} className="check-row">
            <input
              type="checkbox"
              checked={present.includes(m.userId)}
              onChange={(event) =>
                setPresent(event.target.checked ? [...present, m.userId] : present.filter((p) => p !== m.userId))
              }
            />
            {t('memberLabel', { name: m.displayName, position: t(`position_${m.position}`) })}
          </label>
        ))}
      </fieldset>
      {failure ? <ProblemMessage error={failure} /> : null}
      {canEdit ? (
        <button type="button" className="button" onClick={() => void save()}>
          {t('attendanceSave')}
        </button>
      ) : null}
      <p role="status" aria-live="polite">
        {notice}
      </p>
    </section>
  );
}
