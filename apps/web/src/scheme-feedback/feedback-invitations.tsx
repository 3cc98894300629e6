import { Link } from 'react-router';
import { call } from '../api/client';
import { useLocalized, useT } from '../i18n/i18n';
import { keys } from '../queries/keys';
import { useApiQuery } from '../queries/use-api-query';
import { feedbackTexts } from './feedback-texts';

/** The questionnaires the person is asked to answer, on their workspace; nothing when there are none. */
export function FeedbackInvitations() {
  const t = useT(feedbackTexts);
  const localized = useLocalized();
  const invitations = useApiQuery(keys.me.feedback(), (signal) => call('GET /api/v1/me/feedback', { signal }));
  const items = invitations.data ?? [];
  if (items.length === 0) return null;
  return (
    <section className="notice feedback-invitations" aria-labelledby="feedback-invitations-title">
      <h2 id="feedback-invitations-title">{t('invitationsTitle')}</h2>
      <p>{t('invitationsIntro')}</p>
      <ul>
        {items.map((item) => (
          <li key={`${item.proposalId}/${item.stage}`}>
            <Link to={`/workspace/feedback/${item.proposalId}/${item.stage}`}>
              {t('invitation', { title: item.proposalTitle, stage: localized(item.questionnaire.title) })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
