import { QueryClient } from '@tanstack/react-query';

/**
 * The app's one cache of server state. No automatic retries: a refusal (403, 404, 409, 422) is an answer to show
 * at once, as the pages did before. Refetching on window focus stays off: pages whose data changes on its own
 * ask for it (polling or the live stream), and the desks' forms are not reloaded under the user's hands.
 * An answer is dropped as soon as no page shows it (gcTime 0): a page opened again reads afresh and says
 * "loading" meanwhile, rather than showing for a moment what someone may since have changed.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, gcTime: 0 },
      mutations: { retry: false },
    },
  });
}
