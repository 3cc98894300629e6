import { useEffect, useState } from 'react';
import { type Path, useFieldArray, useForm } from 'react-hook-form';
import { call } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import { useT } from '../../../i18n/i18n';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { useInvalidate } from '../../../queries/use-invalidate';
import { Async, ErrorSummary, PageTitle, ProblemMessage, TextField } from '../../../ui/components';
import { useErrorList } from '../../../ui/use-error-list';
import { furiganaReadingsTexts } from './furigana-readings-texts';

/** As the API takes them (apps/api/src/plain-japanese/furigana-readings.controller.ts). */
const WORD = /^(?=.*[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF々])[^\s\p{Cc}]{1,30}$/u;
const READING = /^[\u3041-\u3096ー]{1,60}$/;

interface ReadingValues {
  readings: { word: string; reading: string }[];
}

/** The secretariat corrects the readings the portal's ふりがな show: a list of word → reading, saved at once. */
export function FuriganaReadingsPage() {
  const t = useT(furiganaReadingsTexts);
  const state = useApiQuery(keys.furiganaReadings(), (signal) => call('GET /api/v1/furigana-readings', { signal }));
  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('intro')}</p>
      <Async state={state}>{(data) => <ReadingsForm initial={data.readings} />}</Async>
    </section>
  );
}

function ReadingsForm({ initial }: { initial: { word: string; reading: string }[] }) {
  const t = useT(furiganaReadingsTexts);
  const invalidate = useInvalidate();
  const { control, register, handleSubmit, formState, reset } = useForm<ReadingValues>({
    defaultValues: { readings: initial },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const { fields, append, remove } = useFieldArray({ control, name: 'readings' });
  const errors = useErrorList(
    formState.errors,
    formState.submitCount,
    fields.flatMap((_, index) => [
      [`readings.${index}.word`, `reading-word-${index}`] as [Path<ReadingValues>, string],
      [`readings.${index}.reading`, `reading-reading-${index}`] as [Path<ReadingValues>, string],
    ]),
  );
  const [failure, setFailure] = useState<ApiError>();
  const [saved, setSaved] = useState(false);
  useEffect(() => reset({ readings: initial }), [initial, reset]);

  const submit = async ({ readings }: ReadingValues) => {
    setFailure(undefined);
    setSaved(false);
    try {
      const answer = await call('PUT /api/v1/furigana-readings', { body: { readings } });
      reset({ readings: answer.readings });
      setSaved(true);
      await invalidate(keys.furiganaReadings(), keys.public.all);
    } catch (error) {
      if (error instanceof ApiError) setFailure(error);
    }
  };

  return (
    <form className="console-panel" onSubmit={handleSubmit(submit)} noValidate aria-labelledby="readings-heading">
      <h2 id="readings-heading">{t('list')}</h2>
      <ErrorSummary errors={errors} />
      {fields.length === 0 ? <p>{t('none')}</p> : null}
      <ul className="furigana-readings">
        {fields.map((field, index) => (
          <li key={field.id} className="console-grid">
            <TextField
              id={`reading-word-${index}`}
              label={t('word')}
              required
              lang="ja"
              error={formState.errors.readings?.[index]?.word?.message}
              {...register(`readings.${index}.word`, { validate: (word) => (WORD.test(word) ? true : t('errWord')) })}
            />
            <TextField
              id={`reading-reading-${index}`}
              label={t('reading')}
              required
              lang="ja"
              error={formState.errors.readings?.[index]?.reading?.message}
              {...register(`readings.${index}.reading`, {
                validate: (reading) => (READING.test(reading) ? true : t('errReading')),
              })}
            />
            <p>
              <button type="button" className="button button-secondary" onClick={() => remove(index)}>
                {field.word ? t('remove', { word: field.word }) : t('removeEmpty')}
              </button>
            </p>
          </li>
        ))}
      </ul>
      <p>
        <button
          id="reading-add"
          type="button"
          className="button button-secondary"
          onClick={() => append({ word: '', reading: '' })}
        >
          {t('add')}
        </button>{' '}
        <button id="reading-save" type="submit" className="button" disabled={formState.isSubmitting}>
          {t('save')}
        </button>
      </p>
      {failure ? <ProblemMessage error={failure} /> : null}
      <div role="status" aria-live="polite">
        {saved ? <p>{t('saved')}</p> : null}
      </div>
    </form>
  );
}
