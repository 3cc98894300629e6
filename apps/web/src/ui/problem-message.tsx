import type { ApiError } from '../api/problem';
import { useT } from '../i18n/i18n';
import { common } from './texts';

export function ProblemMessage({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const t = useT(common);
  if (error.status === 401 || error.status === 403) {
    return (
      <div className="notice notice-error" role="alert">
        <p className="notice-title">{t('forbiddenTitle')}</p>
        <p>{t('forbiddenBody')}</p>
      </div>
    );
  }
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{error.problem.title}</p>
      {error.problem.detail ? <p>{error.problem.detail}</p> : null}
      {onRetry ? (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('retry')}
        </button>
      ) : null}
    </div>
  );
}
