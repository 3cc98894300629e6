import { useState } from 'react';
import { call } from '../../../api/client';
import type { ActivityField } from '../../../api/models';
import { useLocale, useT } from '../../../i18n/i18n';
import { Async, ErrorSummary, PageTitle, ProblemMessage, TextField } from '../../../ui/components';
import { useAction } from '../../../ui/use-action';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { useInvalidate } from '../../../queries/use-invalidate';
import { ConfirmDialog } from '../components/confirm-dialog';
import { activityFieldTexts } from './activity-field-texts';
import { useAdminForm } from './use-admin-form';
import { CaptionedTable } from '../../../ui/captioned-table';

const KEY = /^[a-z][a-z0-9_]{0,49}$/;

/**
 * The municipality's activity fields (活動分野): the list proposers choose from, in its order, with a form to add
 * one and a confirmed removal. Each change sends the whole list (PUT), as the API keeps it.
 */
export function ActivityFieldsPage() {
  const t = useT(activityFieldTexts);
  const { locale } = useLocale();
  const list = useApiQuery(keys.admin.activityFields(), (signal) => call('GET /api/v1/activity-fields', { signal }));
  const current = list.data ?? [];
  const invalidate = useInvalidate();
  const form = useAdminForm('field', { key: '', labelJa: '', labelEn: '' });
  const removal = useAction();
  const [removing, setRemoving] = useState<ActivityField | null>(null);
  const [busy, setBusy] = useState(false);
  const name = (f: ActivityField) => (locale === 'en' ? f.labelEn : f.labelJa);
  const save = async (fields: ActivityField[]) => {
    // The list as read carries the rows' own columns too; the API takes the three fields only.
    const body = { fields: fields.map(({ key, labelJa, labelEn }) => ({ key, labelJa, labelEn })) };
    await call('PUT /api/v1/activity-fields', { body });
    await invalidate(keys.admin.activityFields());
  };

  const submit = form.onSubmit(
    (v) => [
      !KEY.test(v.key) && ['key', t('errKey')],
      KEY.test(v.key) && current.some((f) => f.key === v.key) && ['key', t('errKeyTaken')],
      !v.labelJa.trim() && ['labelJa', t('errLabelJa')],
      !v.labelEn.trim() && ['labelEn', t('errLabelEn')],
    ],
    async (v) => {
      const field = { key: v.key, labelJa: v.labelJa.trim(), labelEn: v.labelEn.trim() };
      await save([...current, field]);
      return t('added', { name: name(field) });
    },
  );

  const remove = async () => {
    const field = removing!;
    setBusy(true);
    await removal.run(async () => {
      await save(current.filter((f) => f.key !== field.key));
      return t('removed', { name: name(field) });
    });
    setBusy(false);
    setRemoving(null);
  };

  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('intro')}</p>
      <p role="status" aria-live="polite">
        {removal.notice || form.notice}
      </p>
      {removal.failure ? <ProblemMessage error={removal.failure} /> : null}
      <Async state={list}>
        {(fields) => (
          <CaptionedTable
            id="activity-fields-table"
            caption={t('caption')}
            columns={[t('labelJa'), t('labelEn'), t('key'), t('actions')]}
          >
            {fields.map((f) => (
              <tr key={f.key}>
                <th scope="row">{f.labelJa}</th>
                <td lang="en">{f.labelEn}</td>
                <td>
                  <code>{f.key}</code>
                </td>
                <td>
                  <button
                    type="button"
                    className="button button-secondary row-action"
                    disabled={fields.length <= 1}
                    title={fields.length <= 1 ? t('lastOne') : undefined}
                    aria-label={`${t('remove')}: ${name(f)}`}
                    onClick={() => setRemoving(f)}
                  >
                    {t('remove')}
                  </button>
                </td>
              </tr>
            ))}
          </CaptionedTable>
        )}
      </Async>
      <h2>{t('add')}</h2>
      <form onSubmit={submit} noValidate className="console-form" aria-label={t('add')}>
        <ErrorSummary errors={form.errors} />
        {form.problem ? <ProblemMessage error={form.problem} /> : null}
        <TextField {...form.field('labelJa')} label={t('labelJa')} required />
        <TextField {...form.field('labelEn')} label={t('labelEn')} required lang="en" />
        <TextField
          {...form.field('key')}
          label={t('key')}
          hint={t('keyHint')}
          required
          autoCapitalize="none"
          spellCheck={false}
        />
        <button id="field-submit" type="submit" className="button" disabled={form.busy}>
          {t('add')}
        </button>
      </form>
      <ConfirmDialog
        open={removing !== null}
        title={removing ? t('removeConfirm', { name: name(removing) }) : ''}
        busy={busy}
        danger
        confirmLabel={t('remove')}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(null)}
      >
        <p>{t('removeHint')}</p>
      </ConfirmDialog>
    </section>
  );
}
