import { useEffect, useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { call } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import { useLocalized, useT } from '../../../i18n/i18n';
import { ProblemMessage, Select, TextField } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { STAGES, type RubricDefinition, type Stage, type StoredRubric } from '../models';
import { consoleTexts } from '../texts';
import { CriterionFields } from './criterion-fields';
import { EMPTY_RUBRIC, newRow, toDefinition, totalWeight, toValues, type RubricValues } from './rubric-form';
import { rubricTexts } from './rubric-texts';

const stageLabel = {
  document: 'stageDocument',
  presentation: 'stagePresentation',
  project_end: 'stageProject_end',
} as const;

/** The rubric (評価シート) of one stage: start from a template, edit criteria, weights, scale and levels, PUT. */
export function RubricEditor({ callId }: { callId: string }) {
  const t = useT(rubricTexts);
  const tc = useT(consoleTexts);
  const localized = useLocalized();
  const [stage, setStage] = useState<Stage>('document');
  const [templateKey, setTemplateKey] = useState('');
  // The stage's rubric as edited; the API checks it when it is saved (no checks of its own here).
  const { control, register, reset, handleSubmit } = useForm<RubricValues>({ defaultValues: toValues(EMPTY_RUBRIC) });
  const criteria = useFieldArray({ control, name: 'criteria' });
  const typed = useWatch({ control, name: 'criteria' });
  const [failure, setFailure] = useState<ApiError>();
  const [message, setMessage] = useState('');
  const templates = useApiQuery(keys.admin.rubricTemplates(), (signal) =>
    call('GET /api/v1/rubric-templates', { signal }),
  );
  const current = useApiQuery<StoredRubric | null>([...keys.calls.rubric(callId, stage), 'editor'], (signal) =>
    call('GET /api/v1/calls/{id}/rubrics/{stage}', { path: { id: callId, stage }, signal }).catch((error) => {
      if (error instanceof ApiError && (error.status === 404 || error.code === 'rubric_missing')) return null;
      throw error;
    }),
  );
  const load = (definition: RubricDefinition) => reset(toValues(definition));
  useEffect(() => {
    if (current.data !== undefined) load(current.data?.definition ?? EMPTY_RUBRIC);
  }, [current.data]);

  const save = async (values: RubricValues) => {
    setFailure(undefined);
    setMessage('');
    try {
      const saved = await call('PUT /api/v1/calls/{id}/rubrics/{stage}', {
        path: { id: callId, stage },
        body: { definition: toDefinition(values) },
      });
      setMessage(t('saved', { version: saved.version }));
    } catch (error) {
      if (error instanceof ApiError) setFailure(error);
    }
  };
  const total = totalWeight(typed ?? []);

  return (
    <section className="console-panel" aria-labelledby="rubric-heading">
      <h2 id="rubric-heading">{t('heading')}</h2>
      <div className="filters">
        <Select id="rubric-stage" label={t('stage')} value={stage} onChange={(e) => setStage(e.target.value as Stage)}>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {tc(stageLabel[s])}
            </option>
          ))}
        </Select>
        <Select
          id="rubric-template"
          label={t('template')}
          value={templateKey}
          onChange={(e) => setTemplateKey(e.target.value)}
        >
          <option value="">—</option>
          {Object.entries(templates.data ?? {}).map(([key, template]) => (
            <option key={key} value={key}>
              {localized({ ja: template.titleJa, en: template.titleEn })}
            </option>
          ))}
        </Select>
        <button
          id="rubric-load"
          type="button"
          className="button button-secondary"
          disabled={!templateKey}
          onClick={() => templates.data?.[templateKey] && load(structuredClone(templates.data[templateKey]))}
        >
          {t('useTemplate')}
        </button>
      </div>
      {current.error ? <ProblemMessage error={current.error} /> : null}
      {current.data ? (
        <p className="meta">
          {t('version', { version: current.data.version })}
          {current.data.frozenAt ? ` — ${t('frozen')}` : ''}
        </p>
      ) : current.data === null && criteria.fields.length === 0 ? (
        <p>{t('noRubric')}</p>
      ) : null}
      <div className="console-grid">
        <TextField id="rubric-titleJa" label={t('rubricTitleJa')} required {...register('titleJa')} />
        <TextField id="rubric-titleEn" label={t('rubricTitleEn')} lang="en" {...register('titleEn')} />
      </div>
      <Select id="rubric-scoring" label={t('scoring')} {...register('scoring')}>
        <option value="proportional">{t('scoringProportional')}</option>
        <option value="range">{t('scoringRange')}</option>
      </Select>
      <h3>{t('criteria')}</h3>
      <p aria-live="polite">{t('totalWeight', { total })}</p>
      {criteria.fields.map((row, index) => (
        <CriterionFields
          key={row.id}
          index={index}
          control={control}
          register={register}
          onRemove={() => criteria.remove(index)}
        />
      ))}
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => criteria.append(newRow(criteria.fields.length + 1))}
        >
          {t('addCriterion')}
        </button>
        <button
          type="button"
          id="rubric-save"
          className="button"
          onClick={handleSubmit(save)}
          disabled={criteria.fields.length === 0}
        >
          {t('save')}
        </button>
      </div>
      {failure ? <ProblemMessage error={failure} /> : null}
      <p role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
