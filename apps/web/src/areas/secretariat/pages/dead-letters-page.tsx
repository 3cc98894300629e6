import { useState } from 'react';
import { call, newIdempotencyKey } from '../../../api/client';
import { defineMessages, formatDate, useLocale, useT } from '../../../i18n/i18n';
import { Async, PageTitle, StatusBadge } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { useInvalidate } from '../../../queries/use-invalidate';
import { ConfirmDialog } from '../components/confirm-dialog';
import { ActionOutcome, useConfirmedAction } from '../components/confirmed-action';
import type { DeadLetter } from '../models';

const texts = defineMessages({
  ja: {
    title: '送信に失敗した通知',
    intro: '再試行を使い切って送れなかった通知やジョブです。原因を直してから再送してください。',
    none: '送信に失敗した通知はありません。',
    job: '処理',
    failedAt: '失敗日時',
    attempts: '試行回数',
    error: 'エラー',
    state: '状態',
    action: '操作',
    retry: '再送する',
    retried: '再送済',
    waiting: '未対応',
    confirm: 'この処理を再送しますか？',
    done: '再送を依頼しました。',
  },
  en: {
    title: 'Failed notifications',
    intro: 'Notifications and jobs that failed every attempt. Fix the cause, then send them again.',
    none: 'No notification has failed.',
    job: 'Job',
    failedAt: 'Failed at',
    attempts: 'Attempts',
    error: 'Error',
    state: 'State',
    action: 'Action',
    retry: 'Send again',
    retried: 'Sent again',
    waiting: 'Open',
    confirm: 'Send this job again?',
    done: 'Sent again.',
  },
});

export function DeadLettersPage() {
  const t = useT(texts);
  const { locale } = useLocale();
  const state = useApiQuery(keys.admin.deadLetters(), (signal) => call('GET /api/v1/admin/dead-letters', { signal }));
  const [target, setTarget] = useState<DeadLetter | null>(null);
  const invalidate = useInvalidate();
  const { failure, notice, busy, confirm } = useConfirmedAction(() => setTarget(null));
  const retry = async () => {
    if (!target) return;
    await confirm(async () => {
      await call('POST /api/v1/admin/dead-letters/{id}/retry', {
        path: { id: target.id },
        idempotencyKey: newIdempotencyKey(),
      });
      await invalidate(keys.admin.deadLetters());
      return t('done');
    });
  };
  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('intro')}</p>
      <ActionOutcome failure={failure} notice={notice} />
      <Async state={state}>
        {(items) =>
          items.length === 0 ? (
            <p className="empty-state">{t('none')}</p>
          ) : (
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('job')}</th>
                    <th scope="col">{t('failedAt')}</th>
                    <th scope="col" className="number">
                      {t('attempts')}
                    </th>
                    <th scope="col">{t('error')}</th>
                    <th scope="col">{t('state')}</th>
                    <th scope="col">{t('action')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((d) => (
                    <tr key={d.id}>
                      <th scope="row">{d.jobName}</th>
                      <td>{formatDate(d.failedAt, locale, true)}</td>
                      <td className="number">{d.attempts}</td>
                      <td className="error-text">{d.error.slice(0, 200)}</td>
                      <td>
                        {d.retriedAt ? (
                          <StatusBadge tone="good">{t('retried')}</StatusBadge>
                        ) : (
                          <StatusBadge tone="warn">{t('waiting')}</StatusBadge>
                        )}
                      </td>
                      <td>
                        <button type="button" className="button button-secondary" onClick={() => setTarget(d)}>
                          {t('retry')}
                          <span className="visually-hidden">：{d.jobName}</span>
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Async>
      <ConfirmDialog
        open={target !== null}
        title={t('confirm')}
        busy={busy}
        confirmLabel={t('retry')}
        onConfirm={retry}
        onCancel={() => setTarget(null)}
      >
        <p>{target?.jobName}</p>
      </ConfirmDialog>
    </section>
  );
}
