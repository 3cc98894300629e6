import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { common } from './texts';

/** The page's one h1; sets the document title and takes focus after navigation so screen readers announce it. */
export function PageTitle({ children, title }: { children: ReactNode; title?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const t = useT(common);
  const text = title ?? (typeof children === 'string' ? children : '');
  useEffect(() => {
    document.title = text ? `${text} | ${t('appName')}` : t('appName');
    ref.current?.focus({ preventScroll: true });
  }, [text, t]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
