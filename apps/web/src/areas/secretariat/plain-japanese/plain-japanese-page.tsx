import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { call } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import type { Schema } from '../../../api/models';
import { useT } from '../../../i18n/i18n';
import { ErrorSummary, PageTitle, ProblemMessage, Select, TextArea } from '../../../ui/components';
import { useErrorList } from '../../../ui/use-error-list';
import { plainJapaneseTexts } from './plain-japanese-texts';

type Check = Schema<'PlainJapaneseCheck'>;
type Rule = Schema<'PlainJapaneseFinding'>['rule'];
type KanjiLevel = Check['kanjiLevel'];

interface CheckValues {
  text: string;
  kanjiLevel: KanjiLevel;
}

const ADVICE = {
  long_sentence: 'adviceLong_sentence',
  long_clause: 'adviceLong_clause',
  double_negative: 'adviceDouble_negative',
  difficult_kanji: 'adviceDifficult_kanji',
  loanword: 'adviceLoanword',
  honorific: 'adviceHonorific',
} as const satisfies Record<Rule, string>;

/** The secretariat's やさしい日本語 checker: a text in, what the guideline asks to avoid out, with suggestions. */
export function PlainJapanesePage() {
  const t = useT(plainJapaneseTexts);
  const { register, handleSubmit, formState } = useForm<CheckValues>({
    defaultValues: { text: '', kanjiLevel: 'grade2' },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const errors = useErrorList(formState.errors, formState.submitCount, [['text', 'plain-text']]);
  const [result, setResult] = useState<Check>();
  const [failure, setFailure] = useState<ApiError>();

  const submit = async ({ text, kanjiLevel }: CheckValues) => {
    setFailure(undefined);
    try {
      setResult(await call('POST /api/v1/plain-japanese/check', { body: { text, kanjiLevel } }));
    } catch (error) {
      if (error instanceof ApiError) setFailure(error);
    }
  };

  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('intro')}</p>
      <section className="console-panel">
        <form onSubmit={handleSubmit(submit)} noValidate>
          <ErrorSummary errors={errors} />
          <TextArea
            id="plain-text"
            label={t('text')}
            hint={t('textHint')}
            required
            rows={8}
            error={formState.errors.text?.message}
            {...register('text', { validate: (text) => (text.trim() ? true : t('errText')) })}
          />
          <Select id="plain-kanji-level" label={t('kanjiLevel')} {...register('kanjiLevel')}>
            <option value="grade2">{t('grade2')}</option>
            <option value="grade1">{t('grade1')}</option>
          </Select>
          <button id="plain-check" type="submit" className="button" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('checking') : t('check')}
          </button>
        </form>
        {failure ? <ProblemMessage error={failure} /> : null}
      </section>
      <section className="console-panel" aria-labelledby="plain-results-heading" aria-live="polite">
        <h2 id="plain-results-heading">{t('results')}</h2>
        {result ? <Findings result={result} /> : null}
      </section>
    </section>
  );
}

/** What the checker found, with the advice for each rule. */
export function Findings({ result }: { result: Check }) {
  const t = useT(plainJapaneseTexts);
  return (
    <>
      <p id="plain-summary">
        {result.findings.length === 0 ? t('none') : t('found', { count: result.findings.length })}{' '}
        <span className="meta">
          {t('limits', { sentence: result.maxSentenceLength, clause: result.maxClauseLength })}
        </span>
      </p>
      {result.findings.length > 0 ? (
        <ul id="plain-findings" className="plain-findings">
          {result.findings.map((finding) => (
            <li key={`${finding.rule}-${finding.start}-${finding.end}`} data-rule={finding.rule}>
              <strong>{t(finding.rule)}</strong>: <q lang="ja">{finding.excerpt}</q>
              <br />
              {t(ADVICE[finding.rule])}
              {finding.suggestion ? (
                <>
                  {' '}
                  <span className="meta">{t('suggestion', { text: finding.suggestion })}</span>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
