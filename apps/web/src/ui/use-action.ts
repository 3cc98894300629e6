import { useCallback, useState } from 'react';
import { ApiError } from '../api/problem';

export interface ActionState {
  /** The problem of the last attempt, for <ProblemMessage>; cleared when the next one starts. */
  failure: ApiError | null;
  /** What the last successful attempt said, for a polite live region. */
  notice: string;
  /**
   * Runs `act`; the text it returns becomes the notice. An ApiError becomes `failure`; anything else is dropped,
   * as the forms did before (a network failure surfaces as an ApiError from the client anyway).
   */
  run(act: () => Promise<string | void>): Promise<void>;
}

/**
 * The state every "save this" button of the desks keeps: clear the old problem, call the API, say it worked or
 * show why not. Kept in one place so that all of them clear and report the same way.
 */
export function useAction(): ActionState {
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState('');
  const run = useCallback(async (act: () => Promise<string | void>) => {
    setFailure(null);
    try {
      const said = await act();
      if (said) setNotice(said);
    } catch (error) {
      if (error instanceof ApiError) setFailure(error);
    }
  }, []);
  return { failure, notice, run };
}
