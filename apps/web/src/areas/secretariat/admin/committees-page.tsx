import { useState } from 'react';
import { call, newIdempotencyKey } from '../../../api/client';
import { affiliationToShow } from '../../../ui/affiliation';
import { useT } from '../../../i18n/i18n';
import { Async, ErrorSummary, PageTitle, ProblemMessage } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { useInvalidate } from '../../../queries/use-invalidate';
import type { Committee } from '../models';
import { consoleTexts } from '../texts';
import './admin-models';
import { BilingualNameFields } from './admin-fields';
import { adminTexts } from './admin-texts';
import { AddCommitteeMemberForm } from './committee-member-form';
import { RemoveCommitteeMember } from './remove-committee-member';
import { useAdminForm } from './use-admin-form';

/** The municipality's evaluation committees with their members, a form to set one up and one to add a member. */
export function CommitteesPage() {
  const t = useT(adminTexts);
  const tc = useT(consoleTexts);
  const data = useApiQuery(keys.admin.committeesPage(), async (signal) => {
    const [committees, users] = await Promise.all([
      call('GET /api/v1/committees', { signal }),
      call('GET /api/v1/users', { signal }),
    ]);
    return { committees, users };
  });
  const invalidate = useInvalidate();
  const form = useAdminForm('committee', { nameJa: '', nameEn: '' });

  const submit = form.onSubmit(
    (v) => [!v.nameJa.trim() && ['nameJa', t('errNameJa')], !v.nameEn.trim() && ['nameEn', t('errNameEn')]],
    async (v) => {
      const created = await call('POST /api/v1/committees', {
        body: { nameJa: v.nameJa.trim(), nameEn: v.nameEn.trim() },
        idempotencyKey: newIdempotencyKey(),
      });
      await invalidate(keys.admin.committees());
      return t('committeeCreated', { name: created.nameJa });
    },
  );

  const [removed, setRemoved] = useState('');
  const refresh = async (notice: string) => {
    setRemoved(notice);
    await invalidate(keys.admin.committees());
  };
  const members = (c: Committee) =>
    c.members.length === 0 ? (
      t('noMembers')
    ) : (
      <ul className="plain-list">
        {c.members.map((m) => {
          const affiliation = affiliationToShow(m.displayName, m.affiliation);
          return (
            <li key={m.userId}>
              {m.displayName}（{m.position === 'chair' ? t('positionChair') : t('positionMember')}
              {affiliation ? `、${affiliation}` : ''}）{' '}
              <RemoveCommitteeMember committeeId={c.id} member={m} onRemoved={refresh} />
            </li>
          );
        })}
      </ul>
    );

  return (
    <section>
      <PageTitle>{t('committeesTitle')}</PageTitle>
      <p role="status" aria-live="polite">
        {removed}
      </p>
      <Async state={data}>
        {({ committees, users }) => (
          <>
            {committees.length === 0 ? (
              <p>{tc('noItems')}</p>
            ) : (
              <table id="committees-table">
                <caption>{t('committeesCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('committeeName')}</th>
                    <th scope="col">{t('members')}</th>
                  </tr>
                </thead>
                <tbody>
                  {committees.map((c) => (
                    <tr key={c.id}>
                      <th scope="row">
                        {c.nameJa}
                        <br />
                        <span lang="en">{c.nameEn}</span>
                      </th>
                      <td>{members(c)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <AddCommitteeMemberForm
              committees={committees}
              users={users}
              onAdded={() => invalidate(keys.admin.committees())}
            />
          </>
        )}
      </Async>
      <h2>{t('createCommittee')}</h2>
      <p role="status" aria-live="polite">
        {form.notice}
      </p>
      <form onSubmit={submit} noValidate className="console-form" aria-label={t('createCommittee')}>
        <ErrorSummary errors={form.errors} />
        {form.problem ? <ProblemMessage error={form.problem} /> : null}
        <BilingualNameFields form={form} />
        <button id="committee-submit" type="submit" className="button" disabled={form.busy}>
          {t('createCommittee')}
        </button>
      </form>
    </section>
  );
}
