import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/problem';

export type AutosaveStatus =
  { state: 'idle' } | { state: 'saving' } | { state: 'saved'; at: Date } | { state: 'failed'; error: ApiError };

/**
 * Saves `value` a moment after the last change (never two saves at once; the last value always gets saved).
 * `save` answers the server's new version, which later saves send as If-Match.
 */
export function useAutosave<T>(
  value: T,
  dirty: boolean,
  save: (value: T) => Promise<void>,
  delayMs = 800,
): AutosaveStatus & { flush(): Promise<void> } {
  const [status, setStatus] = useState<AutosaveStatus>({ state: 'idle' });
  const latest = useRef(value);
  const running = useRef<Promise<void> | null>(null);
  const pending = useRef(false);
  const saveRef = useRef(save);
  saveRef.current = save;
  latest.current = value;

  const run = async (): Promise<void> => {
    if (running.current) {
      pending.current = true;
      return running.current;
    }
    setStatus({ state: 'saving' });
    running.current = (async () => {
      try {
        await saveRef.current(latest.current);
        setStatus({ state: 'saved', at: new Date() });
      } catch (error) {
        setStatus({
          state: 'failed',
          error:
            error instanceof ApiError
              ? error
              : new ApiError({ type: 'about:blank', title: String(error), status: 0, code: 'client_error' }),
        });
      } finally {
        running.current = null;
      }
      if (pending.current) {
        pending.current = false;
        await run();
      }
    })();
    return running.current;
  };

  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(() => void run(), delayMs);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, dirty, delayMs]);

  return { ...status, flush: run };
}
