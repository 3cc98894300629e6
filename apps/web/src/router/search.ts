import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** Marks a navigation that only changes the filters of the page, so the page keeps its scroll position. */
export const KEEP_SCROLL = { keepScroll: true } as const;

/**
 * Sets some search parameters without a new history entry (filters), keeping the path and the others; an empty
 * or undefined value removes the parameter.
 */
export function useSetSearch(): (values: Record<string, string | undefined>) => void {
  const [, setSearchParams] = useSearchParams();
  return useCallback(
    (values) =>
      setSearchParams(
        (previous) => {
          const search = new URLSearchParams(previous);
          for (const [name, value] of Object.entries(values)) {
            if (value === undefined || value === '') search.delete(name);
            else search.set(name, value);
          }
          return search;
        },
        { replace: true, state: KEEP_SCROLL },
      ),
    [setSearchParams],
  );
}
