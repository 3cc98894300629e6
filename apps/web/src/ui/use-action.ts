import { useMutation } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { ApiError } from '../api/problem';

export interface ActionState {
  /** The problem of the last attempt, for <ProblemMessage>; cleared when the next one starts. */
  failure: ApiError | null;
  /** What the last successful attempt said, for a polite live region. */
  notice: string;
  /** An attempt is on its way. */
  busy: boolean;
  /**
   * Runs `act` as a mutation; the text it returns becomes the notice. An ApiError becomes `failure`; anything else
   * is dropped, as the forms did before (a network failure surfaces as an ApiError from the client anyway).
   */
  run(act: () => Promise<string | void>): Promise<void>;
}

/**
 * The state every "save this" button of the desks keeps: clear the old problem, call the API (the act invalidates
 * the queries it changes), say it worked or show why not. Kept in one place so that all of them clear and report
 * the same way.
 */
export function useAction(): ActionState {
  const [notice, setNotice] = useState('');
  const mutation = useMutation<string | void, unknown, () => Promise<string | void>>({
    mutationFn: (act) => act(),
    onSuccess: (said) => {
      if (said) setNotice(said);
    },
  });
  const { mutateAsync } = mutation;
  const run = useCallback(
    async (act: () => Promise<string | void>) => {
      try {
        await mutateAsync(act);
      } catch {
        // kept in the mutation's state: `failure` below
      }
    },
    [mutateAsync],
  );
  const failure = mutation.error instanceof ApiError ? mutation.error : null;
  return { failure, notice, busy: mutation.isPending, run };
}
