import { Link } from 'react-router';
import { useT } from '../i18n/i18n';
import { PageTitle } from './page-title';
import { common } from './texts';

export function NotFound() {
  const t = useT(common);
  return (
    <section>
      <PageTitle>{t('notFoundTitle')}</PageTitle>
      <p>{t('notFoundBody')}</p>
      <Link to="/">{t('toHome')}</Link>
    </section>
  );
}
