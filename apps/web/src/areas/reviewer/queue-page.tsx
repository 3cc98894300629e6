import { call } from '../../api/client';
import { formatDate, useLocale, useT } from '../../i18n/i18n';
import { Link } from 'react-router';
import { Async, PageTitle, ProblemMessage, StatusBadge } from '../../ui/components';
import { useAction } from '../../ui/use-action';
import { keys } from '../../queries/keys';
import { useApiQuery } from '../../queries/use-api-query';
import { useInvalidate } from '../../queries/use-invalidate';
import { ConsultationRequests } from '../../proposal-workflow/consultation-requests';
import { FeedbackInvitations } from '../../scheme-feedback/feedback-invitations';
import type { QueueItem } from './models';
import { reviewerTexts } from './texts';

const tone = (status: QueueItem['status']) =>
  status === 'submitted' || status === 'locked' ? 'good' : status === 'assigned' ? 'warn' : 'info';

function QueueCard({ item, onAcknowledge }: { item: QueueItem; onAcknowledge(item: QueueItem): void }) {
  const t = useT(reviewerTexts);
  const { locale } = useLocale();
  const open = item.status !== 'submitted' && item.status !== 'locked';
  return (
    <li className="card review-card">
      <h3>
        <Link to={`/review/assignments/${item.id}`}>{item.title}</Link>
      </h3>
      <p className="meta">
        {t(`stage_${item.stage}`)} · <StatusBadge tone={tone(item.status)}>{t(`status_${item.status}`)}</StatusBadge>
      </p>
      <p className={item.reviewDeadlineAt ? 'review-deadline' : 'meta'}>
        {item.reviewDeadlineAt
          ? t('deadline', { date: formatDate(item.reviewDeadlineAt, locale, true) })
          : t('noDeadline')}
      </p>
      <div className="button-row">
        {item.status === 'assigned' ? (
          <button type="button" className="button button-secondary" onClick={() => onAcknowledge(item)}>
            {t('acknowledge')}
          </button>
        ) : null}
        <Link
          className="button"
          to={`/review/assignments/${item.id}`}
          aria-label={`${open ? t('openSheet') : t('viewSheet')}: ${item.title}`}
        >
          {open ? t('openSheet') : t('viewSheet')}
        </Link>
      </div>
    </li>
  );
}

/** /review: what is still to score and what is done, with the deadlines. */
export function QueuePage() {
  const t = useT(reviewerTexts);
  const queue = useApiQuery(keys.me.assignments(), (signal) => call('GET /api/v1/me/assignments', { signal }));
  const { failure, notice, run } = useAction();
  const invalidate = useInvalidate();
  const acknowledge = (item: QueueItem) =>
    run(async () => {
      await call('POST /api/v1/assignments/{id}/acknowledge', { path: { id: item.id } });
      await invalidate(keys.me.assignments());
      return t('acknowledged', { title: item.title });
    });
  return (
    <section>
      <PageTitle>{t('queueTitle')}</PageTitle>
      <p>{t('queueIntro')}</p>
      <p role="status" aria-live="polite" className={notice ? 'notice notice-good' : 'visually-hidden'}>
        {notice}
      </p>
      {failure ? <ProblemMessage error={failure} /> : null}
      <ConsultationRequests linkTo={(id) => `/review/consultations/${id}`} />
      <FeedbackInvitations />
      <Async state={queue}>
        {(data) => (
          <>
            <h2>{t('pending', { count: data.pending.length })}</h2>
            {data.pending.length === 0 ? (
              <p>{t('noPending')}</p>
            ) : (
              <ul className="cards" aria-label={t('pending', { count: data.pending.length })}>
                {data.pending.map((item) => (
                  <QueueCard key={item.id} item={item} onAcknowledge={(i) => void acknowledge(i)} />
                ))}
              </ul>
            )}
            <h2>{t('done', { count: data.done.length })}</h2>
            {data.done.length === 0 ? (
              <p>{t('noDone')}</p>
            ) : (
              <ul className="cards" aria-label={t('done', { count: data.done.length })}>
                {data.done.map((item) => (
                  <QueueCard key={item.id} item={item} onAcknowledge={(i) => void acknowledge(i)} />
                ))}
              </ul>
            )}
            {data.recused.length > 0 ? (
              <>
                <h2>{t('recused', { count: data.recused.length })}</h2>
                <p>{t('recusedNote')}</p>
                <ul aria-label={t('recused', { count: data.recused.length })}>
                  {data.recused.map((item) => (
                    <li key={item.id}>
                      {item.title} · {t(`stage_${item.stage}`)} ·{' '}
                      <StatusBadge tone="warn">{t('status_conflicted')}</StatusBadge>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        )}
      </Async>
    </section>
  );
}
