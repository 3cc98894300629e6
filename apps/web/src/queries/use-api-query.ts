import {
  keepPreviousData,
  useQuery,
  type QueryKey,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { ApiError } from '../api/problem';
import { asApiError } from './as-api-error';

export type ApiQuery<T> = UseQueryResult<T, ApiError>;

/**
 * A read of the API under a query key (see keys.ts): the load gets the query's abort signal; what it throws
 * becomes an ApiError. While the key changes (a filter, the next page) the previous answer stays on screen until
 * the new one arrives, so forms and tables do not flash back to "loading".
 */
export function useApiQuery<T>(
  queryKey: QueryKey,
  load: (signal: AbortSignal) => Promise<T>,
  options: Omit<UseQueryOptions<T, ApiError>, 'queryKey' | 'queryFn'> = {},
): ApiQuery<T> {
  return useQuery<T, ApiError>({
    queryKey,
    queryFn: ({ signal }) =>
      load(signal).catch((error: unknown) => {
        throw asApiError(error);
      }),
    placeholderData: keepPreviousData,
    ...options,
  });
}
