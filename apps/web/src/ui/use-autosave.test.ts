import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/problem';
import { useAutosave } from './use-autosave';

/** A save the test answers when it likes: each call waits for resolve() or reject(). */
function controlledSave() {
  const calls: Array<{ value: string; resolve(): void; reject(error: unknown): void }> = [];
  const save = vi.fn(
    (value: string) =>
      new Promise<void>((resolve, reject) => {
        calls.push({ value, resolve, reject });
      }),
  );
  return { save, calls };
}

describe('useAutosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, a moment after the last change, and says when', async () => {
    const { save, calls } = controlledSave();
    const { result, rerender } = renderHook(({ value, dirty }) => useAutosave(value, dirty, save, 800), {
      initialProps: { value: 'a', dirty: false },
    });
    expect(result.current.state).toBe('idle');
    rerender({ value: 'ab', dirty: true });
    await act(() => vi.advanceTimersByTimeAsync(500));
    rerender({ value: 'abc', dirty: true });
    await act(() => vi.advanceTimersByTimeAsync(500));
    expect(save).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(300));
    expect(save).toHaveBeenCalledTimes(1);
    expect(calls[0]!.value).toBe('abc');
    expect(result.current.state).toBe('saving');
    await act(async () => calls[0]!.resolve());
    expect(result.current.state).toBe('saved');
  });

  it('never saves while clean', async () => {
    const { save } = controlledSave();
    const { rerender } = renderHook(({ value }) => useAutosave(value, false, save, 800), {
      initialProps: { value: 'a' },
    });
    rerender({ value: 'b' });
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(save).not.toHaveBeenCalled();
  });

  it('never runs two saves at once, and saves the last value after the one in flight', async () => {
    const { save, calls } = controlledSave();
    const { result, rerender } = renderHook(({ value }) => useAutosave(value, true, save, 800), {
      initialProps: { value: 'first' },
    });
    await act(() => vi.advanceTimersByTimeAsync(800));
    expect(calls.map((c) => c.value)).toEqual(['first']);
    rerender({ value: 'second' });
    await act(() => vi.advanceTimersByTimeAsync(800));
    rerender({ value: 'third' });
    await act(() => vi.advanceTimersByTimeAsync(800));
    // Still one call: the first has not answered.
    expect(save).toHaveBeenCalledTimes(1);
    await act(async () => calls[0]!.resolve());
    expect(calls.map((c) => c.value)).toEqual(['first', 'third']);
    await act(async () => calls[1]!.resolve());
    expect(result.current.state).toBe('saved');
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('reports a refused save with the problem, and flush() saves at once', async () => {
    const { save, calls } = controlledSave();
    const { result } = renderHook(() => useAutosave('draft', true, save, 800));
    let flushed: Promise<void> | undefined;
    act(() => {
      flushed = result.current.flush();
    });
    expect(save).toHaveBeenCalledTimes(1);
    const refusal = new ApiError({ type: 'about:blank', title: '版が古い', status: 412, code: 'stale_version' });
    await act(async () => {
      calls[0]!.reject(refusal);
      await flushed;
    });
    expect(result.current.state).toBe('failed');
    expect(result.current.state === 'failed' && result.current.error.problem.title).toBe('版が古い');
  });
});
