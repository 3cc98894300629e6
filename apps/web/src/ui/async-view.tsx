import type { ReactNode } from 'react';
import { Loading } from './loading';
import { ProblemMessage } from './problem-message';
import type { AsyncState } from './use-async';

/** Renders loading, the problem, or the data. */
export function Async<T>({ state, children }: { state: AsyncState<T>; children: (data: T) => ReactNode }) {
  if (state.error) return <ProblemMessage error={state.error} onRetry={state.reload} />;
  if (state.data === undefined) return <Loading />;
  return <>{children(state.data)}</>;
}
