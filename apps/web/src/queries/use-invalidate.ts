import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback } from 'react';

/**
 * After a write: marks the given keys (and every key below them) stale and refetches those on screen. The
 * promise settles when they have been read again, so a notice can follow the fresh data.
 */
export function useInvalidate(): (...keys: QueryKey[]) => Promise<void> {
  const client = useQueryClient();
  return useCallback(
    async (...keys: QueryKey[]) => {
      await Promise.all(keys.map((queryKey) => client.invalidateQueries({ queryKey })));
    },
    [client],
  );
}
