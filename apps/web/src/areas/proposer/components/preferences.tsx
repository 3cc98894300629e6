import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
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
  implementation: 'catImplementation',
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
  // Only the categories the user changed have a value: they alone are sent.
  const { control, handleSubmit } = useForm<{ choice: Record<string, Preference['mode'] | undefined> }>({
    defaultValues: { choice: {} },
  });
  const [saved, setSaved] = useState('');
  const [problem, setProblem] = useState<ApiError>();
  const save = async ({ choice }: { choice: Record<string, Preference['mode'] | undefined> }) => {
    setSaved('');
    setProblem(undefined);
    const changed = Object.fromEntries(
      Object.entries(choice).filter((entry): entry is [string, Preference['mode']] => entry[1] !== undefined),
    );
    try {
      // The answer is the whole new list: it becomes the cached one without a second read.
      client.setQueryData(keys.me.preferences(), await api.setPreferences(changed));
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
          <form noValidate onSubmit={handleSubmit(save)}>
            {[...prefs.filter((p) => p.required), ...prefs.filter((p) => !p.required)].map((pref) => {
              const label = CATEGORY[pref.category] ? t(CATEGORY[pref.category]) : pref.category;
              if (pref.required) {
                return (
                  <p key={pref.category} className="pref-required">
                    <strong>{label}</strong>: {t('alwaysOn')}
                  </p>
                );
              }
              return (
                <fieldset key={pref.category} className="pref">
                  <legend>{label}</legend>
                  <Controller
                    control={control}
                    name={`choice.${pref.category}`}
                    render={({ field }) => (
                      <>
                        {MODES.map(({ mode, key }) => (
                          <label key={mode} className="choice">
                            <input
                              type="radio"
                              name={`pref-${pref.category}`}
                              value={mode}
                              checked={(field.value ?? pref.mode) === mode}
                              onChange={() => field.onChange(mode)}
                            />
                            {t(key)}
                          </label>
                        ))}
                      </>
                    )}
                  />
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
