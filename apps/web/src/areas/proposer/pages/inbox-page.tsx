import { useState } from 'react';
import { useSession } from '../../../auth/session';
import { formatDate, useLocale, useT } from '../../../i18n/i18n';
import { Link } from 'react-router';
import { Async, PageTitle } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { useInvalidate } from '../../../queries/use-invalidate';
import { Preferences } from '../components/preferences';
import { api } from '../proposer-api';
import { texts } from '../texts';
import '../proposer.css';

/** お知らせ: every signed-in person's in-app notices, newest first, and their e-mail settings. */
export function InboxPage() {
  const t = useT(texts);
  const { locale } = useLocale();
  const inbox = useApiQuery(keys.me.notifications(), (signal) => api.inbox(signal));
  const { hasRole } = useSession();
  const invalidate = useInvalidate();
  const [status, setStatus] = useState('');
  const markAll = async () => {
    await api.markAllRead();
    setStatus(t('unreadCount', { count: 0 }));
    // The list and the header's badge.
    await invalidate(keys.me.notifications());
  };
  const markOne = async (id: string) => {
    await api.markRead(id);
    await invalidate(keys.me.notifications());
  };
  return (
    <section>
      <PageTitle>{t('inboxTitle')}</PageTitle>
      <Async state={inbox}>
        {({ items, unread }) => (
          <>
            <div className="inbox-bar">
              <p className="unread-count" data-testid="unread-count">
                {t('unreadCount', { count: unread })}
              </p>
              {unread > 0 ? (
                <button type="button" className="button button-secondary" onClick={() => void markAll()}>
                  {t('markAllRead')}
                </button>
              ) : null}
            </div>
            <p className="visually-hidden" role="status" aria-live="polite">
              {status}
            </p>
            {items.length === 0 ? (
              <p>{t('noNotifications')}</p>
            ) : (
              <ul className="inbox">
                {items.map((item) => (
                  <li key={item.id} className={item.read ? 'inbox-item' : 'inbox-item inbox-unread'}>
                    <h2 className="inbox-subject">
                      {item.read ? null : <span className="status status-info">{t('unreadBadge')}</span>} {item.subject}
                    </h2>
                    <p className="meta">{formatDate(item.createdAt, locale, true)}</p>
                    <p className="inbox-body">{item.body}</p>
                    {hasRole('proposer') && typeof item.params?.proposalId === 'string' ? (
                      <p>
                        <Link to={`/workspace/proposals/${item.params.proposalId}`}>
                          {t('openProposal')}
                          <span className="visually-hidden">: {item.subject}</span>
                        </Link>
                      </p>
                    ) : null}
                    {item.read ? null : (
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        onClick={() => void markOne(item.id)}
                      >
                        {t('markRead')}
                        <span className="visually-hidden">: {item.subject}</span>
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </Async>
      <Preferences />
    </section>
  );
}
