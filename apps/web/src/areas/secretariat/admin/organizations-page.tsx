import { Link } from 'react-router';
import { call, newIdempotencyKey } from '../../../api/client';
import { useT } from '../../../i18n/i18n';
import { Async, ErrorSummary, PageTitle, ProblemMessage, Select } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { useInvalidate } from '../../../queries/use-invalidate';
import type { Organization } from '../models';
import { consoleTexts } from '../texts';
import './admin-models';
import { BilingualNameFields } from './admin-fields';
import { adminTexts, KIND_KEY } from './admin-texts';
import { useAdminForm } from './use-admin-form';

const KINDS = ['group', 'department', 'intermediary'] as const;

/** The municipality's organisations (citizen groups, departments, intermediaries) and a form to register one. */
export function OrganizationsPage() {
  const t = useT(adminTexts);
  const tc = useT(consoleTexts);
  const list = useApiQuery(keys.admin.organizations(), (signal) => call('GET /api/v1/organizations', { signal }));
  const invalidate = useInvalidate();
  const form = useAdminForm('org', { kind: 'group', nameJa: '', nameEn: '' });
  const name = (o: Organization) => o.nameJa;

  const submit = form.onSubmit(
    (v) => [!v.nameJa.trim() && ['nameJa', t('errNameJa')]],
    async (v) => {
      const created = await call('POST /api/v1/organizations', {
        body: { kind: v.kind as Organization['kind'], nameJa: v.nameJa.trim(), nameEn: v.nameEn.trim() },
        idempotencyKey: newIdempotencyKey(),
      });
      await invalidate(keys.admin.organizations());
      return t('organizationCreated', { name: name(created) });
    },
  );

  return (
    <section>
      <PageTitle>{t('organizationsTitle')}</PageTitle>
      <Async state={list}>
        {(organizations) =>
          organizations.length === 0 ? (
            <p>{tc('noItems')}</p>
          ) : (
            <table id="organizations-table">
              <caption>{t('organizationsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('nameJa')}</th>
                  <th scope="col">{t('nameEn')}</th>
                  <th scope="col">{t('kind')}</th>
                </tr>
              </thead>
              <tbody>
                {organizations.map((o) => (
                  <tr key={o.id}>
                    <th scope="row">
                      <Link to={`/console/organizations/${o.id}`}>{o.nameJa}</Link>
                    </th>
                    <td lang="en">{o.nameEn}</td>
                    <td>{t(KIND_KEY[o.kind])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Async>
      <h2>{t('createOrganization')}</h2>
      <p role="status" aria-live="polite">
        {form.notice}
      </p>
      <form onSubmit={submit} noValidate className="console-form" aria-label={t('createOrganization')}>
        <ErrorSummary errors={form.errors} />
        {form.problem ? <ProblemMessage error={form.problem} /> : null}
        <Select {...form.field('kind')} label={t('kind')} required>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(KIND_KEY[k])}
            </option>
          ))}
        </Select>
        <BilingualNameFields form={form} englishOptional />
        <button id="org-submit" type="submit" className="button" disabled={form.busy}>
          {t('createOrganization')}
        </button>
      </form>
    </section>
  );
}
