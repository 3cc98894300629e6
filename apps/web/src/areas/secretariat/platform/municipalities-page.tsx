import { useState } from 'react';
import { call, newIdempotencyKey } from '../../../api/client';
import { formatDate, useLocale, useT } from '../../../i18n/i18n';
import { Async, ErrorSummary, PageTitle, ProblemMessage, Select, TextField } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { useInvalidate } from '../../../queries/use-invalidate';
import { BilingualNameFields } from '../admin/admin-fields';
import { adminTexts } from '../admin/admin-texts';
import { useAdminForm } from '../admin/use-admin-form';
import { administratorTexts } from './administrator-texts';
import { FirstAdministratorForm } from './first-administrator-form';
import { municipalityTexts } from './municipality-texts';
import type { Municipality } from './platform-models';
import { CaptionedTable } from '../../../ui/captioned-table';

/** The API's own checks (apps/api/src/admin/admin.dto.ts), made before sending so each is explained in words. */
const CODE = /^[a-z0-9-]{2,32}$/;
const MAX_NAME = 200;
const tooLong = (text: string) => [...text].length > MAX_NAME;

/**
 * The platform operator's page: every municipality this deployment hosts, a form to register one, and from each
 * row a form to register its administrator. The operator belongs to no municipality, so this is the one console
 * page they have.
 */
export function MunicipalitiesPage() {
  const t = useT(municipalityTexts);
  const ta = useT(adminTexts);
  const tx = useT(administratorTexts);
  const { locale } = useLocale();
  const [chosen, setChosen] = useState<Municipality | null>(null);
  const list = useApiQuery(keys.admin.municipalities(), (signal) => call('GET /api/v1/municipalities', { signal }));
  const invalidate = useInvalidate();
  const nameRange = (label: string) => t('errNameLength', { label });
  const form = useAdminForm(
    'municipality',
    { nameJa: '', nameEn: '', code: '', namesCommittee: 'no' },
    {
      // The API names the field in the validator's English; the page says it as the hints do.
      words: { code: t('errCode'), nameJa: nameRange(ta('nameJa')), nameEn: nameRange(ta('nameEn')) },
      // A code registered meanwhile (by another operator) is refused as a conflict, not a field error.
      codes: { municipality_code_taken: 'code' },
    },
  );

  const submit = form.onSubmit(
    (v) => {
      const code = v.code.trim();
      return [
        !v.nameJa.trim() && ['nameJa', ta('errNameJa')],
        tooLong(v.nameJa.trim()) && ['nameJa', nameRange(ta('nameJa'))],
        !v.nameEn.trim() && ['nameEn', ta('errNameEn')],
        tooLong(v.nameEn.trim()) && ['nameEn', nameRange(ta('nameEn'))],
        !CODE.test(code) && ['code', t('errCode')],
        CODE.test(code) && (list.data ?? []).some((m) => m.code === code) && ['code', t('errCodeTaken')],
      ];
    },
    async (v) => {
      const created = await call('POST /api/v1/municipalities', {
        body: {
          code: v.code.trim(),
          nameJa: v.nameJa.trim(),
          nameEn: v.nameEn.trim(),
          namesCommittee: v.namesCommittee === 'yes',
        },
        idempotencyKey: newIdempotencyKey(),
      });
      await invalidate(keys.admin.municipalities());
      return t('added', { name: locale === 'en' ? created.nameEn : created.nameJa, code: created.code });
    },
  );

  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('intro')}</p>
      <Async state={list}>
        {(municipalities) =>
          municipalities.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            <CaptionedTable
              id="municipalities-table"
              caption={t('caption')}
              columns={[ta('nameJa'), ta('nameEn'), t('code'), t('namedColumn'), t('createdAt'), tx('column')]}
            >
              {municipalities.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.nameJa}</th>
                  <td lang="en">{m.nameEn}</td>
                  <td>
                    <code>{m.code}</code>
                  </td>
                  <td>{m.namesCommittee ? t('named') : t('unnamed')}</td>
                  <td>
                    <time dateTime={m.createdAt}>{formatDate(m.createdAt, locale)}</time>
                  </td>
                  <td>
                    {/* The visible words, and for a screen reader's list of buttons the municipality too. */}
                    <button
                      type="button"
                      className="button button-secondary"
                      aria-label={tx('open') + tx('openFor', { name: m.nameJa })}
                      onClick={() => setChosen(m)}
                    >
                      {tx('open')}
                    </button>
                  </td>
                </tr>
              ))}
            </CaptionedTable>
          )
        }
      </Async>
      {chosen ? <FirstAdministratorForm key={chosen.id} municipality={chosen} /> : null}
      <h2>{t('add')}</h2>
      <p role="status" aria-live="polite">
        {form.notice}
      </p>
      <form onSubmit={submit} noValidate className="console-form" aria-label={t('add')}>
        <ErrorSummary errors={form.errors} />
        {form.problem ? <ProblemMessage error={form.problem} /> : null}
        <BilingualNameFields form={form} hints={{ nameJa: t('nameJaHint'), nameEn: t('nameEnHint') }} />
        <TextField
          {...form.field('code')}
          label={t('code')}
          hint={t('codeHint')}
          required
          autoCapitalize="none"
          autoComplete="off"
          spellCheck={false}
        />
        <Select {...form.field('namesCommittee')} label={t('namesCommittee')} hint={t('namesCommitteeHint')} required>
          <option value="no">{t('namesCommitteeNo')}</option>
          <option value="yes">{t('namesCommitteeYes')}</option>
        </Select>
        <button id="municipality-submit" type="submit" className="button" disabled={form.busy}>
          {t('add')}
        </button>
      </form>
    </section>
  );
}
