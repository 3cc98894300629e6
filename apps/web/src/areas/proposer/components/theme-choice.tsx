import { useState } from 'react';
import { call as callApi } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import { defineMessages, useLocale, useT } from '../../../i18n/i18n';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { ProblemMessage, Select } from '../../../ui/components';
import type { Proposal } from '../models';

const texts = defineMessages({
  ja: {
    heading: '市提案テーマと協働の相手',
    intro:
      '市の担当課が示したテーマに応募するときは、そのテーマを選んでください。テーマを出した担当課が協働の相手になり、提出後の担当課協議や事業の実施をいっしょに進めます。',
    theme: '応募するテーマ',
    free: 'テーマを選ばない（自由提案）',
    save: 'テーマを保存',
    saved: '保存しました',
  },
  en: {
    heading: 'City theme and partner',
    intro:
      'When you answer a theme a city department posted, choose it here. The department that posted it becomes your partner: it is consulted after submission and runs the project with you.',
    theme: 'Theme answered',
    free: 'No theme (free proposal)',
    save: 'Save the theme',
    saved: 'Saved',
  },
});

/**
 * テーマ型 or 自由提案 on a draft of a call with department themes: choosing a theme names its department as the
 * proposal's partner (担当課), so the consultation, the agreement and the self-evaluations have their second party.
 */
export function ThemeChoice({ proposal, onChanged }: { proposal: Proposal; onChanged: (next: Proposal) => void }) {
  const t = useT(texts);
  const { locale } = useLocale();
  const themes = useApiQuery(keys.calls.themes(proposal.callId), (signal) =>
    callApi('GET /api/v1/calls/{id}/themes', { path: { id: proposal.callId }, signal }),
  );
  const [chosen, setChosen] = useState(proposal.themeId ?? '');
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<ApiError>();
  if (!themes.data || themes.data.length === 0) return null;

  const save = async () => {
    setSaved(false);
    setFailure(undefined);
    const theme = themes.data?.find((candidate) => candidate.id === chosen);
    try {
      const next = await callApi('PATCH /api/v1/proposals/{id}', {
        path: { id: proposal.id },
        body: { themeId: theme?.id ?? null, partnerDepartmentIds: theme ? [theme.departmentId] : [] },
        ifMatch: proposal.version,
      });
      setSaved(true);
      onChanged(next);
    } catch (error) {
      if (error instanceof ApiError) setFailure(error);
      else throw error;
    }
  };

  return (
    <section className="lifecycle-panel" aria-labelledby="theme-choice-heading">
      <h2 id="theme-choice-heading">{t('heading')}</h2>
      <p>{t('intro')}</p>
      {failure ? <ProblemMessage error={failure} /> : null}
      <Select id="theme-choice" label={t('theme')} value={chosen} onChange={(event) => setChosen(event.target.value)}>
        <option value="">{t('free')}</option>
        {themes.data.map((theme) => (
          <option key={theme.id} value={theme.id}>
            {locale === 'en' && theme.titleEn ? theme.titleEn : theme.titleJa}
          </option>
        ))}
      </Select>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={() => void save()}>
          {t('save')}
        </button>
        <p role="status" aria-live="polite">
          {saved ? t('saved') : ''}
        </p>
      </div>
    </section>
  );
}
