import { useEffect, useState } from 'react';
import { call } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import { useLocalized, useT } from '../../../i18n/i18n';
import { ProblemMessage, Select, TextField } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { STAGES, type Criterion, type RubricDefinition, type Stage, type StoredRubric } from '../models';
import { consoleTexts } from '../texts';
import { CriterionFields, levelsToText, textToLevels } from './criterion-fields';
import { rubricTexts } from './rubric-texts';

const EMPTY: RubricDefinition = { titleJa: '', titleEn: '', criteria: [] };
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
  const [draft, setDraft] = useState<RubricDefinition>(EMPTY);
  const [levels, setLevels] = useState<string[]>([]);
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
  const load = (definition: RubricDefinition) => {
    setDraft(definition);
    setLevels(definition.criteria.map((c) => levelsToText(c.levels)));
  };
  useEffect(() => {
    if (current.data !== undefined) load(current.data?.definition ?? EMPTY);
  }, [current.data]);

  const update = (index: number, next: Criterion) =>
    setDraft((d) => ({ ...d, criteria: d.criteria.map((c, i) => (i === index ? next : c)) }));
  const remove = (index: number) => {
    setDraft((d) => ({ ...d, criteria: d.criteria.filter((_, i) => i !== index) }));
    setLevels((l) => l.filter((_, i) => i !== index));
  };
  const add = () => {
    const n = draft.criteria.length + 1;
    setDraft((d) => ({
      ...d,
      criteria: [
        ...d.criteria,
        { key: `item_${n}`, labelJa: '', labelEn: '', weight: 10, scale: { min: 0, max: 5, step: 1 } },
      ],
    }));
    setLevels((l) => [...l, '']);
  };
  const save = async () => {
    setFailure(undefined);
    setMessage('');
    const body = {
      ...draft,
      criteria: draft.criteria.map((c, i) => {
        const parsed = textToLevels(levels[i] ?? '');
        return { ...c, levels: parsed && parsed.length > 0 ? parsed : undefined };
      }),
    };
    try {
      const saved = await call('PUT /api/v1/calls/{id}/rubrics/{stage}', { path: { id: callId, stage }, body });
      setMessage(t('saved', { version: saved.version }));
    } catch (error) {
      if (error instanceof ApiError) setFailure(error);
    }
  };
  const total = draft.criteria.reduce((sum, c) => sum + (Number(c.weight) || 0), 0);

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
      ) : current.data === null && draft.criteria.length === 0 ? (
        <p>{t('noRubric')}</p>
      ) : null}
      <div className="console-grid">
        <TextField
          id="rubric-titleJa"
          label={t('rubricTitleJa')}
          required
          value={draft.titleJa}
          onChange={(e) => setDraft({ ...draft, titleJa: e.target.value })}
        />
        <TextField
          id="rubric-titleEn"
          label={t('rubricTitleEn')}
          required
          value={draft.titleEn}
          onChange={(e) => setDraft({ ...draft, titleEn: e.target.value })}
        />
      </div>
      <h3>{t('criteria')}</h3>
      <p aria-live="polite">{t('totalWeight', { total })}</p>
      {draft.criteria.map((criterion, index) => (
        <CriterionFields
          key={index}
          index={index}
          criterion={criterion}
          levels={levels[index] ?? ''}
          onChange={(next) => update(index, next)}
          onLevels={(text) => setLevels((l) => l.map((v, i) => (i === index ? text : v)))}
          onRemove={() => remove(index)}
        />
      ))}
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={add}>
          {t('addCriterion')}
        </button>
        <button type="button" id="rubric-save" className="button" onClick={save} disabled={draft.criteria.length === 0}>
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
