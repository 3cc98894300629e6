import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { call, newIdempotencyKey } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import { defineMessages, useLocalized, useT } from '../../../i18n/i18n';
import { Async, ProblemMessage, Select, TextField } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { useInvalidate } from '../../../queries/use-invalidate';

const texts = defineMessages({
  ja: {
    heading: '市提案テーマ',
    none: 'まだテーマはありません。',
    department: '担当課',
    titleJa: 'テーマ（日本語）',
    titleEn: '英語名（任意）',
    add: 'テーマを追加',
    added: 'テーマを追加しました',
    theme: 'テーマ',
  },
  en: {
    heading: 'Department themes',
    none: 'No themes yet.',
    department: 'Department',
    titleJa: 'Theme (Japanese)',
    titleEn: 'English name (optional)',
    add: 'Add the theme',
    added: 'Theme added',
    theme: 'Theme',
  },
});

interface ThemeValues {
  departmentId: string;
  titleJa: string;
  titleEn: string;
}

/** The call's department themes (市提案テーマ) and a form to post one. */
export function ThemesPanel({ callId }: { callId: string }) {
  const t = useT(texts);
  const localized = useLocalized();
  const state = useApiQuery(keys.calls.themes(callId), async (signal) => {
    const [themes, organizations] = await Promise.all([
      call('GET /api/v1/calls/{id}/themes', { path: { id: callId }, signal }),
      call('GET /api/v1/organizations', { signal }),
    ]);
    return { themes, departments: organizations.filter((o) => o.kind === 'department') };
  });
  const invalidate = useInvalidate();
  // Posted as typed (the English title falls back to the Japanese one); the button waits for both required fields.
  const { register, handleSubmit, resetField, watch } = useForm<ThemeValues>({
    defaultValues: { departmentId: '', titleJa: '', titleEn: '' },
  });
  const [departmentId, titleJa] = watch(['departmentId', 'titleJa']);
  const [failure, setFailure] = useState<ApiError>();
  const [message, setMessage] = useState('');

  const add = async ({ departmentId, titleJa, titleEn }: ThemeValues) => {
    setFailure(undefined);
    setMessage('');
    try {
      await call('POST /api/v1/calls/{id}/themes', {
        path: { id: callId },
        body: { departmentId, titleJa, titleEn: titleEn.trim() },
        idempotencyKey: newIdempotencyKey(),
      });
      // The department stays chosen for the next theme of the same department.
      resetField('titleJa');
      resetField('titleEn');
      setMessage(t('added'));
      await invalidate(keys.calls.themes(callId));
    } catch (error) {
      if (error instanceof ApiError) setFailure(error);
    }
  };

  return (
    <section className="console-panel" aria-labelledby="themes-heading">
      <h2 id="themes-heading">{t('heading')}</h2>
      <Async state={state}>
        {({ themes, departments }) => {
          const name = (id: string) => {
            const d = departments.find((o) => o.id === id);
            return d ? localized({ ja: d.nameJa, en: d.nameEn }) : '';
          };
          return (
            <>
              {themes.length === 0 ? (
                <p>{t('none')}</p>
              ) : (
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('theme')}</th>
                      <th scope="col">{t('department')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {themes.map((theme) => (
                      <tr key={theme.id}>
                        <td>{localized({ ja: theme.titleJa, en: theme.titleEn })}</td>
                        <td>{name(theme.departmentId)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <form onSubmit={handleSubmit(add)} className="console-inline-form">
                {failure ? <ProblemMessage error={failure} /> : null}
                <Select id="theme-department" label={t('department')} required {...register('departmentId')}>
                  <option value="">—</option>
                  {departments.map((d) => (
                    <option key={d.id} value={d.id}>
                      {localized({ ja: d.nameJa, en: d.nameEn })}
                    </option>
                  ))}
                </Select>
                <TextField id="theme-titleJa" label={t('titleJa')} required {...register('titleJa')} />
                <TextField id="theme-titleEn" label={t('titleEn')} {...register('titleEn')} />
                <button type="submit" className="button button-secondary" disabled={!departmentId || !titleJa.trim()}>
                  {t('add')}
                </button>
                <p role="status" aria-live="polite">
                  {message}
                </p>
              </form>
            </>
          );
        }}
      </Async>
    </section>
  );
}
