import type { ReactNode } from 'react';
import type { ApiQuery } from '../queries/use-api-query';
import { Loading } from './loading';
import { ProblemMessage } from './problem-message';

/** Renders loading, the problem (with a retry), or the data of a query. */
export function Async<T>({ state, children }: { state: ApiQuery<T>; children: (data: T) => ReactNode }) {
  if (state.error) return <ProblemMessage error={state.error} onRetry={() => void state.refetch()} />;
  if (state.data === undefined) return <Loading />;
  return <>{children(state.data)}</>;
}
