import { useState } from 'react';
import { Link } from 'react-router';
import { call } from '../../../api/client';
import { defineMessages, useT } from '../../../i18n/i18n';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import type { Schema } from '../../../api/models';
import { Async, ErrorSummary, ProblemMessage, TextField } from '../../../ui/components';
import { useAction } from '../../../ui/use-action';

const texts = defineMessages({
  ja: {
    heading: '自治体間比較への参加',
    intro:
      '参加すると、この自治体の提案件数から実施件数までの集計（採択率・実施率）が公開ページの「自治体間比較」に他の自治体と並んで載り、提案ごとの匿名のデータ（団体名・事業名なし）が比較データとして公開されます。参加をやめると、次に表示したときから載りません。',
    optIn: '自治体間比較に参加する',
    code: '全国地方公共団体コード（6桁）',
    codeHint: '検査数字を含む6桁です。例：142042（鎌倉市）',
    codeNeeded: '参加するには全国地方公共団体コードを入力してください',
    codeWrong: '6桁の数字で、最後の桁が検査数字と合うように入力してください（例：142042）',
    save: '保存する',
    joined: '自治体間比較に参加しました。',
    left: '自治体間比較への参加をやめました。',
    see: '自治体間比較のページを見る',
  },
  en: {
    heading: 'Cross-municipality comparison',
    intro:
      'When you join, this municipality’s funnel from proposals received to projects implemented (adoption and implementation rates) appears on the public comparison page beside other municipalities, and an anonymous record of each proposal (no group, no title) is published in the comparison dataset. When you leave, it no longer appears from the next view.',
    optIn: 'Join the cross-municipality comparison',
    code: 'Local government code (6 digits)',
    codeHint: 'Six digits including the check digit, e.g. 142042 (Kamakura)',
    codeNeeded: 'Enter the local government code to join',
    codeWrong: 'Enter six digits whose last one is the check digit (e.g. 142042)',
    save: 'Save',
    joined: 'This municipality now joins the comparison.',
    left: 'This municipality has left the comparison.',
    see: 'See the comparison page',
  },
});

/** 自治体間比較: whether the municipality's figures appear beside other municipalities' (its administrator decides). */
export function ComparisonSetting() {
  const t = useT(texts);
  const saved = useApiQuery(keys.admin.comparison(), (signal) =>
    call('GET /api/v1/municipality-settings/comparison', { signal }),
  );
  return (
    <>
      <h2 id="comparison-heading">{t('heading')}</h2>
      <Async state={saved}>{(setting) => <ComparisonForm initial={setting} />}</Async>
    </>
  );
}

/**
 * 全国地方公共団体コード's check digit: the last digit of 11 − (Σ digit × weight mod 11), weights 6, 5, 4, 3, 2 — the
 * rule the API applies (libs/identity local-government-code.ts), here so the form answers before it sends.
 */
function isLocalGovernmentCode(code: string): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  const sum = [6, 5, 4, 3, 2].reduce((total, weight, i) => total + Number(code[i]) * weight, 0);
  return (11 - (sum % 11)) % 10 === Number(code[5]);
}

function ComparisonForm({ initial }: { initial: Schema<'ComparisonSetting'> }) {
  const t = useT(texts);
  const [optIn, setOptIn] = useState(initial.comparisonOptIn);
  const [code, setCode] = useState(initial.localGovernmentCode ?? '');
  const [codeError, setCodeError] = useState<string>();
  const action = useAction();
  const save = () => {
    const trimmed = code.trim();
    const problem =
      trimmed === ''
        ? optIn
          ? t('codeNeeded')
          : undefined
        : isLocalGovernmentCode(trimmed)
          ? undefined
          : t('codeWrong');
    setCodeError(problem);
    if (problem) return;
    return action.run(async () => {
      const next = await call('PUT /api/v1/municipality-settings/comparison', {
        body: { comparisonOptIn: optIn, ...(trimmed ? { localGovernmentCode: trimmed } : {}) },
      });
      setOptIn(next.comparisonOptIn);
      return next.comparisonOptIn ? t('joined') : t('left');
    });
  };
  return (
    <form
      aria-labelledby="comparison-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <p>{t('intro')}</p>
      <ErrorSummary errors={codeError ? [{ fieldId: 'comparison-code', message: codeError }] : []} />
      {action.failure ? <ProblemMessage error={action.failure} /> : null}
      <TextField
        id="comparison-code"
        label={t('code')}
        hint={t('codeHint')}
        error={codeError}
        inputMode="numeric"
        autoComplete="off"
        value={code}
        onChange={(event) => setCode(event.currentTarget.value)}
      />
      <div className="checkbox">
        <input
          id="comparison-opt-in"
          type="checkbox"
          checked={optIn}
          onChange={(event) => setOptIn(event.target.checked)}
        />
        <label htmlFor="comparison-opt-in">{t('optIn')}</label>
      </div>
      <p role="status" aria-live="polite">
        {action.notice}
      </p>
      <div className="button-row">
        <button type="submit" className="button" disabled={action.busy}>
          {t('save')}
        </button>
        <Link to="/compare">{t('see')}</Link>
      </div>
    </form>
  );
}
