import { Link } from 'react-router';
import { useT } from '../../../i18n/i18n';
import { VersionsView } from '../../../proposal-workflow/versions-view';
import { versionsTexts } from '../../../proposal-workflow/versions-texts';
import { PageTitle } from '../../../ui/components';

/** /console/proposals/:id/versions: what the proposer changed between submissions, for the screener. */
export function SecretariatVersionsPage({ proposalId }: { proposalId: string }) {
  const t = useT(versionsTexts);
  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <p>
        <Link to={`/console/proposals/${proposalId}`}>← {t('back')}</Link>
      </p>
      <VersionsView proposalId={proposalId} />
    </section>
  );
}
