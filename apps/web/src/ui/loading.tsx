import { useT } from '../i18n/i18n';
import { common } from './texts';

export function Loading() {
  const t = useT(common);
  return (
    <p className="loading" role="status" aria-live="polite">
      {t('loading')}
    </p>
  );
}
