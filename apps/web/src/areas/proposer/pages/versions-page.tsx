import { Link } from 'react-router';
import { useT } from '../../../i18n/i18n';
import { VersionsView } from '../../../proposal-workflow/versions-view';
import { versionsTexts } from '../../../proposal-workflow/versions-texts';
import { PageTitle } from '../../../ui/components';
import '../proposer.css';

/** /workspace/proposals/:id/versions: the organisation's own submissions and what changed between them. */
export function ProposerVersionsPage({ id }: { id: string }) {
  const t = useT(versionsTexts);
  return (
    <section className="proposal-page">
      <p>
        <Link to={`/workspace/proposals/${id}`}>← {t('back')}</Link>
      </p>
      <PageTitle>{t('title')}</PageTitle>
      <VersionsView proposalId={id} />
    </section>
  );
}
