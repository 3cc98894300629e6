import { useState } from 'react';
import { call } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { Link } from 'react-router';
import { Async, PageTitle, StatusBadge } from '../../ui/components';
import { keys } from '../../queries/keys';
import { useApiQuery } from '../../queries/use-api-query';
import { ContinuationSection } from '../../proposal-workflow/continuation-section';
import { PartnershipMemorySection } from '../../proposal-workflow/partnership-memory-section';
import { PartnersSection } from '../../proposal-workflow/partners-section';
import { ConflictForm } from './conflict-form';
import { OthersScores } from './others-scores';
import { ProposalPanel } from './proposal-panel';
import { SheetForm } from './sheet-form';
import { reviewerTexts } from './texts';

/** /review/assignments/:id: the proposal beside the score sheet; others' scores after submitting. */
export function SheetPage({ id }: { id: string }) {
  const t = useT(reviewerTexts);
  const sheet = useApiQuery(keys.assignments.sheet(id), (signal) =>
    call('GET /api/v1/assignments/{id}/score-sheet', { path: { id }, signal }),
  );
  const [declared, setDeclared] = useState(false);
  if (declared) {
    return (
      <section>
        <PageTitle>{t('conflictHeading')}</PageTitle>
        <p className="notice notice-good" role="status">
          {t('conflictDone')}
        </p>
        <Link to="/review">{t('backToQueue')}</Link>
      </section>
    );
  }
  return (
    <Async state={sheet}>
      {(data) => {
        const submitted = data.submittedAt !== null || ['submitted', 'locked'].includes(data.assignment.status);
        return (
          <section>
            <p>
              <Link to="/review">{t('backToQueue')}</Link>
            </p>
            <PageTitle>{t('sheetTitle', { title: data.assignment.title })}</PageTitle>
            <p className="meta">
              {t(`stage_${data.assignment.stage}`)} ·{' '}
              <StatusBadge tone={submitted ? 'good' : 'info'}>{t(`status_${data.assignment.status}`)}</StatusBadge>
            </p>
            <div className="split review-split">
              <ProposalPanel proposalId={data.assignment.proposalId} />
              <div>
                <SheetForm key={data.submittedAt ?? 'open'} sheet={data} />
                {submitted ? (
                  <p className="notice notice-good" role="status">
                    {t('submitted')}
                  </p>
                ) : null}
                <OthersScores
                  proposalId={data.assignment.proposalId}
                  stage={data.assignment.stage}
                  criteria={data.rubric.definition.criteria}
                  submitted={submitted}
                />
                <ContinuationSection proposalId={data.assignment.proposalId} submitted={submitted} />
                <PartnershipMemorySection
                  proposalId={data.assignment.proposalId}
                  submitted={submitted}
                  blindUntilSubmitted
                />
                <PartnersSection proposalId={data.assignment.proposalId} />
                {!submitted ? <ConflictForm assignmentId={id} onDeclared={() => setDeclared(true)} /> : null}
              </div>
            </div>
          </section>
        );
      }}
    </Async>
  );
}
