import { Link } from 'react-router';
import { call } from '../../../api/client';
import { useT } from '../../../i18n/i18n';
import { useApiQuery } from '../../../queries/use-api-query';
import { Async, PageTitle } from '../../../ui/components';
import { assessmentTexts } from './assessment-texts';

/** The projects whose self-evaluations are both in, waiting for the committee's assessment. */
export function ProjectsPage() {
  const t = useT(assessmentTexts);
  const state = useApiQuery(['proposals', 'awaiting-assessment'], (signal) =>
    call('GET /api/v1/proposals', { query: { state: 'projectEvaluation.jointEvaluation', limit: 100 }, signal }),
  );
  return (
    <section>
      <PageTitle>{t('listTitle')}</PageTitle>
      <p>{t('listIntro')}</p>
      <Async state={state}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            <ul className="project-list">
              {page.items.map((proposal) => (
                <li key={proposal.id}>
                  <Link to={`/committee/projects/${proposal.id}`}>{proposal.title}</Link>
                </li>
              ))}
            </ul>
          )
        }
      </Async>
    </section>
  );
}
