import { Link } from 'react-router';
import { defineMessages, useT } from '../../../i18n/i18n';

const texts = defineMessages({
  ja: { projects: '事業評価（評価待ちの事業）へ' },
  en: { projects: 'To project evaluation (awaiting assessment)' },
});

/** The way from the sessions to the projects awaiting the end-of-term assessment. */
export function ProjectsLink() {
  const t = useT(texts);
  return (
    <p>
      <Link to="/committee/projects">{t('projects')}</Link>
    </p>
  );
}
