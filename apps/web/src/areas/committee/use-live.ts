import { useEffect, useState } from 'react';
import { openStream } from '../../api/client';
import type { LiveSnapshot } from './models';

/**
 * The session's live stream: the latest snapshot (counts and a version) as the server sends it; every change
 * of version is the page's cue to refetch the session and the scores.
 */
export function useLiveSession(sessionId: string): { snapshot: LiveSnapshot | null; state: 'open' | 'retrying' } {
  const [snapshot, setSnapshot] = useState<LiveSnapshot | null>(null);
  const [state, setState] = useState<'open' | 'retrying'>('retrying');
  useEffect(() => {
    const controller = new AbortController();
    void openStream(
      'GET /api/v1/sessions/{id}/live',
      { path: { id: sessionId }, signal: controller.signal },
      (event) => {
        if (event.event !== 'change') return;
        try {
          setSnapshot(JSON.parse(event.data) as LiveSnapshot);
        } catch {
          // a malformed event is skipped; the next one carries the whole state
        }
      },
      setState,
    ).catch(() => setState('retrying'));
    return () => controller.abort();
  }, [sessionId]);
  return { snapshot, state };
}
