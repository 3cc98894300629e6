import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { call, newIdempotencyKey } from '../../../api/client';
import { defineMessages, formatDate, useLocale, useT } from '../../../i18n/i18n';
import { ErrorSummary, TextField } from '../../../ui/components';
import { useErrorList } from '../../../ui/use-error-list';
import { fromLocalInput } from '../data';
import { ConfirmDialog } from './confirm-dialog';
import { ActionOutcome, useConfirmedAction } from './confirmed-action';

const texts = defineMessages({
  ja: {
    heading: '一斉通知（審査結果の通知）',
    notHeld: 'この募集回は審査結果の通知を保留していません。決定はすぐに通知されます。',
    held: 'この募集回の審査結果の通知は保留され、一斉通知で送られます。',
    when: 'いつ送りますか',
    now: '今すぐ送る',
    later: '日時を指定する',
    releaseAt: '送信日時（日本時間）',
    send: '一斉通知を設定',
    confirm: '一斉通知を設定しますか？',
    confirmNow: '保留中の通知をすべて今すぐ送ります。',
    confirmLater: '保留中の通知を {at} に送ります。',
    errAt: '送信日時を入力してください',
    doneNow: '{held}件の通知を送りました。',
    doneLater: '{held}件の通知を {at} に送ります。',
  },
  en: {
    heading: 'Batch announcement of decisions',
    notHeld: 'This call does not hold decision notices; decisions are notified at once.',
    held: 'Decision notices of this call are held for a batch announcement.',
    when: 'When to send',
    now: 'Now',
    later: 'At a set time',
    releaseAt: 'Send at (Japan time)',
    send: 'Schedule the announcement',
    confirm: 'Schedule the announcement?',
    confirmNow: 'Every held notice is sent now.',
    confirmLater: 'Every held notice is sent at {at}.',
    errAt: 'Enter when to send',
    doneNow: '{held} notices sent.',
    doneLater: '{held} notices will be sent at {at}.',
  },
});

interface AnnouncementValues {
  mode: 'now' | 'later';
  /** The local date and time of the input (datetime-local), for 'later'. */
  at: string;
}

/** POST /calls/{id}/announcement: release the held decision notices now or at a time. */
export function AnnouncementForm({ callId, holds }: { callId: string; holds: boolean }) {
  const t = useT(texts);
  const { locale } = useLocale();
  // Checked on submit (then confirmed in a dialog); the message stays until the next attempt.
  const { control, register, handleSubmit, watch, formState } = useForm<AnnouncementValues>({
    defaultValues: { mode: 'now', at: '' },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const errors = useErrorList(formState.errors, formState.submitCount, [['at', 'announce-at']]);
  const [confirming, setConfirming] = useState(false);
  const { failure, notice, busy, confirm } = useConfirmedAction(() => setConfirming(false));
  const [mode, at] = watch(['mode', 'at']);
  const releaseAt = mode === 'later' ? fromLocalInput(at) : undefined;

  const send = () =>
    confirm(async () => {
      const result = await call('POST /api/v1/calls/{id}/announcement', {
        path: { id: callId },
        body: releaseAt ? { releaseAt } : {},
        idempotencyKey: newIdempotencyKey(),
      });
      return result.releaseAt
        ? t('doneLater', { held: result.held, at: formatDate(result.releaseAt, locale, true) })
        : t('doneNow', { held: result.held });
    });
  return (
    <section className="console-panel" aria-labelledby="announce-heading">
      <h2 id="announce-heading">{t('heading')}</h2>
      <p>{holds ? t('held') : t('notHeld')}</p>
      <form onSubmit={handleSubmit(() => setConfirming(true))} noValidate>
        <ErrorSummary errors={errors} />
        <fieldset className="console-fieldset">
          <legend>{t('when')}</legend>
          <Controller
            control={control}
            name="mode"
            render={({ field }) => (
              <>
                {(['now', 'later'] as const).map((value) => (
                  <div className="checkbox" key={value}>
                    <input
                      id={`announce-${value}`}
                      type="radio"
                      name="announce-mode"
                      checked={field.value === value}
                      onChange={() => field.onChange(value)}
                    />
                    <label htmlFor={`announce-${value}`}>{t(value)}</label>
                  </div>
                ))}
              </>
            )}
          />
          {mode === 'later' ? (
            <TextField
              id="announce-at"
              type="datetime-local"
              label={t('releaseAt')}
              required
              error={formState.errors.at?.message}
              {...register('at', { validate: (value, all) => (all.mode === 'later' && !value ? t('errAt') : true) })}
            />
          ) : null}
        </fieldset>
        <button id="announce-submit" type="submit" className="button">
          {t('send')}
        </button>
      </form>
      <ActionOutcome failure={failure} notice={notice} />
      <ConfirmDialog
        open={confirming}
        title={t('confirm')}
        busy={busy}
        onConfirm={send}
        onCancel={() => setConfirming(false)}
      >
        <p>{releaseAt ? t('confirmLater', { at: formatDate(releaseAt, locale, true) }) : t('confirmNow')}</p>
      </ConfirmDialog>
    </section>
  );
}
