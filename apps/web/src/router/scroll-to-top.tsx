import { useEffect } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/**
 * A link or a redirect opens the next page at its top, as a full page load would; the back button leaves the
 * browser's own restoring alone, and a change of filters (KEEP_SCROLL) keeps the reader where they were.
 */
export function ScrollToTop() {
  const location = useLocation();
  const type = useNavigationType();
  const keep = (location.state as { keepScroll?: boolean } | null)?.keepScroll === true;
  useEffect(() => {
    if (type !== 'POP' && !keep) window.scrollTo(0, 0);
  }, [location.key, type, keep]);
  return null;
}
