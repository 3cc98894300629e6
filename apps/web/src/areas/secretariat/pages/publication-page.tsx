import { useState } from 'react';
import { call, newIdempotencyKey } from '../../../api/client';
import { defineMessages, useLocale, useT } from '../../../i18n/i18n';
import { Link } from 'react-router';
import { Async, PageTitle } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { useInvalidate } from '../../../queries/use-invalidate';
import { AnnouncementForm } from '../components/announcement-form';
import { ConfirmDialog } from '../components/confirm-dialog';
import { ActionOutcome, useConfirmedAction } from '../components/confirmed-action';
import { CallNav } from '../components/console-nav';
import { StateBadge } from '../components/state-badge';
import { allProposals, callTitle } from '../data';
import type { Proposal } from '../models';

const texts = defineMessages({
  ja: {
    title: '公表と一斉通知：{title}',
    decided: '公表できる決定',
    none: '公表を待つ決定はありません。',
    proposal: '提案',
    state: '状態',
    action: '操作',
    publish: '公表する',
    publishConfirm: '「{title}」の審査結果を公表しますか？',
    publishBody: '公開ページに掲載され、取り消しはできません（訂正は新しい版として出せます）。',
    published: '「{title}」を公表しました。',
  },
  en: {
    title: 'Publication and announcement: {title}',
    decided: 'Decisions ready to publish',
    none: 'No decision is waiting for publication.',
    proposal: 'Proposal',
    state: 'State',
    action: 'Action',
    publish: 'Publish',
    publishConfirm: 'Publish the decision on “{title}”?',
    publishBody: 'It appears on the public pages and cannot be withdrawn (a correction is a new version).',
    published: '“{title}” is published.',
  },
});

/** States PUBLISH leaves, 内定 included (the list answers no allowedEvents; the API still decides on each event). */
const PUBLISHABLE = /^(decided\.(provisional|adopted|adoptedWithConditions|notAdopted)|projectEvaluation\.assessed)$/;

export function PublicationPage({ callId }: { callId: string }) {
  const t = useT(texts);
  const { locale } = useLocale();
  const [target, setTarget] = useState<Proposal | null>(null);
  const { failure, notice, busy, confirm } = useConfirmedAction(() => setTarget(null));
  const state = useApiQuery(keys.calls.publication(callId), async (signal) => {
    const [current, proposals] = await Promise.all([
      call('GET /api/v1/calls/{id}', { path: { id: callId }, signal }),
      allProposals(signal, callId),
    ]);
    return { current, proposals: proposals.filter((p) => PUBLISHABLE.test(p.state)) };
  });
  const invalidate = useInvalidate();
  const publish = async () => {
    if (!target) return;
    await confirm(async () => {
      await call('POST /api/v1/proposals/{id}/events', {
        path: { id: target.id },
        body: { type: 'PUBLISH' },
        ifMatch: target.version,
        idempotencyKey: newIdempotencyKey(),
      });
      // The call's pages, and the portal's copy of what is now public.
      await invalidate(keys.calls.one(callId), keys.public.all);
      return t('published', { title: target.title });
    });
  };
  return (
    <Async state={state}>
      {({ current, proposals }) => (
        <section>
          <PageTitle>{t('title', { title: callTitle(current, locale) })}</PageTitle>
          <CallNav callId={callId} />
          <section className="console-panel" aria-labelledby="decided-heading">
            <h2 id="decided-heading">{t('decided')}</h2>
            <ActionOutcome failure={failure} notice={notice} />
            {proposals.length === 0 ? (
              <p>{t('none')}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('proposal')}</th>
                    <th scope="col">{t('state')}</th>
                    <th scope="col">{t('action')}</th>
                  </tr>
                </thead>
                <tbody>
                  {proposals.map((p) => (
                    <tr key={p.id}>
                      <th scope="row">
                        <Link to={`/console/proposals/${p.id}`}>{p.title}</Link>
                      </th>
                      <td>
                        <StateBadge state={p.state} />
                      </td>
                      <td>
                        <button type="button" className="button" onClick={() => setTarget(p)}>
                          {t('publish')}
                          <span className="visually-hidden">：{p.title}</span>
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <AnnouncementForm callId={callId} holds={current.holdDecisionNotices} />
          <ConfirmDialog
            open={target !== null}
            title={t('publishConfirm', { title: target?.title ?? '' })}
            busy={busy}
            confirmLabel={t('publish')}
            onConfirm={publish}
            onCancel={() => setTarget(null)}
          >
            <p>{t('publishBody')}</p>
          </ConfirmDialog>
        </section>
      )}
    </Async>
  );
}
