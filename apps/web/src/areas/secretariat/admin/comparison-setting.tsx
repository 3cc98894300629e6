import { useState } from 'react';
import { Link } from 'react-router';
import { call } from '../../../api/client';
import { defineMessages, useT } from '../../../i18n/i18n';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { Async, ProblemMessage } from '../../../ui/components';
import { useAction } from '../../../ui/use-action';

const texts = defineMessages({
  ja: {
    heading: '自治体間比較への参加',
    intro:
      '参加すると、この自治体の提案件数から実施件数までの集計（採択率・実施率）が公開ページの「自治体間比較」に他の自治体と並んで載り、提案ごとの匿名のデータ（団体名・事業名なし）が比較データとして公開されます。参加をやめると、次に表示したときから載りません。',
    optIn: '自治体間比較に参加する',
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
      <Async state={saved}>{(setting) => <ComparisonForm initial={setting.comparisonOptIn} />}</Async>
    </>
  );
}

function ComparisonForm({ initial }: { initial: boolean }) {
  const t = useT(texts);
  const [optIn, setOptIn] = useState(initial);
  const action = useAction();
  const save = () =>
    action.run(async () => {
      const next = await call('PUT /api/v1/municipality-settings/comparison', { body: { comparisonOptIn: optIn } });
      setOptIn(next.comparisonOptIn);
      return next.comparisonOptIn ? t('joined') : t('left');
    });
  return (
    <form
      aria-labelledby="comparison-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <p>{t('intro')}</p>
      {action.failure ? <ProblemMessage error={action.failure} /> : null}
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
