import { useState } from 'react';
import { ApiError } from '../../../api/problem';
import { useT } from '../../../i18n/i18n';
import { Async, ProblemMessage } from '../../../ui/components';
import { useQueryClient } from '@tanstack/react-query';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import type { Preference } from '../models';
import { api } from '../proposer-api';
import { texts } from '../texts';

type Key = keyof (typeof texts)['ja'];
const CATEGORY: Record<string, Key> = {
  submission: 'catSubmission',
  screening: 'catScreening',
  assignment: 'catAssignment',
  reminder: 'catReminder',
  session: 'catSession',
  decision: 'catDecision',
  publication: 'catPublication',
  evaluation: 'catEvaluation',
  condition: 'catCondition',
  status: 'catStatus',
};
const MODES: Array<{ mode: Preference['mode']; key: Key }> = [
  { mode: 'immediate', key: 'modeImmediate' },
  { mode: 'digest', key: 'modeDigest' },
  { mode: 'off', key: 'modeOff' },
];

/** E-mail per category: a radio group each; the required ones are shown as always sent. */
export function Preferences() {
  const t = useT(texts);
  const loaded = useApiQuery(keys.me.preferences(), (signal) => api.preferences(signal));
  const client = useQueryClient();
  const [choice, setChoice] = useState<Record<string, Preference['mode']>>({});
  const [saved, setSaved] = useState('');
  const [problem, setProblem] = useState<ApiError>();
  const save = async () => {
    setSaved('');
    setProblem(undefined);
    try {
      // The answer is the whole new list: it becomes the cached one without a second read.
      client.setQueryData(keys.me.preferences(), await api.setPreferences(choice));
      setSaved(t('prefsSaved'));
    } catch (error) {
      if (error instanceof ApiError) setProblem(error);
    }
  };
  return (
    <section aria-labelledby="prefs-title" className="preferences">
      <h2 id="prefs-title">{t('prefsTitle')}</h2>
      <p>{t('prefsIntro')}</p>
      <Async state={loaded}>
        {(prefs) => (
          <form noValidate onSubmit={(e) => (e.preventDefault(), void save())}>
            {[...prefs.filter((p) => p.required), ...prefs.filter((p) => !p.required)].map((pref) => {
              const label = CATEGORY[pref.category] ? t(CATEGORY[pref.category]) : pref.category;
              if (pref.required) {
                return (
                  <p key={pref.category} className="pref-required">
                    <strong>{label}</strong>: {t('alwaysOn')}
                  </p>
                );
              }
              const current = choice[pref.category] ?? pref.mode;
              return (
                <fieldset key={pref.category} className="pref">
                  <legend>{label}</legend>
                  {MODES.map(({ mode, key }) => (
                    <label key={mode} className="choice">
                      <input
                        type="radio"
                        name={`pref-${pref.category}`}
                        value={mode}
                        checked={current === mode}
                        onChange={() => setChoice({ ...choice, [pref.category]: mode })}
                      />
                      {t(key)}
                    </label>
                  ))}
                </fieldset>
              );
            })}
            {problem ? <ProblemMessage error={problem} /> : null}
            <button type="submit" className="button">
              {t('savePrefs')}
            </button>
            <p role="status" aria-live="polite" className="autosave">
              {saved}
            </p>
          </form>
        )}
      </Async>
    </section>
  );
}
