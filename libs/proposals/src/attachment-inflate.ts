import { Inflate } from 'fflate';
import { MAX_EXPANSION_RATIO, RATIO_GRACE_BYTES } from './attachment-limits';

/**
 * Input is fed a kilobyte at a time: deflate cannot expand more than about 1032:1, so one step never
 * yields more than about a MiB, and the first step past a limit is the last one inflated.
 */
const STEP_BYTES = 1024;

/** Why an inflation was stopped: past `maxBytes`, past the ratio, or not valid deflate data. */
export type InflateStop = 'limit' | 'ratio' | 'corrupt';

/**
 * Inflates raw deflate data piece by piece, handing each piece to `sink` and keeping none, and stops
 * as soon as the output passes `maxBytes` or MAX_EXPANSION_RATIO times the whole input (the ratio of
 * the part, not of its first bytes: a genuine sheet may open with a long run of empty rows). The
 * answer is the real inflated size, or why it stopped; what `sink` throws is thrown on.
 */
export function inflateWithin(
  compressed: Uint8Array,
  maxBytes: number,
  sink: (piece: Uint8Array) => void = () => {},
): { size: number } | { stop: InflateStop } {
  let size = 0;
  let read = 0;
  let stop: InflateStop | null = null;
  let refusal: unknown = null;
  const inflater = new Inflate((piece) => {
    if (stop) return;
    size += piece.length;
    if (size > maxBytes) stop = 'limit';
    else if (size > RATIO_GRACE_BYTES && size > MAX_EXPANSION_RATIO * compressed.length) stop = 'ratio';
    else {
      try {
        sink(piece);
      } catch (error) {
        // Kept apart from fflate's own errors, which say the data is not deflate.
        refusal = error;
        stop = 'corrupt';
      }
    }
  });
  try {
    do {
      const end = Math.min(read + STEP_BYTES, compressed.length);
      const piece = compressed.subarray(read, end);
      read = end;
      inflater.push(piece, read === compressed.length);
    } while (!stop && read < compressed.length);
  } catch {
    stop = 'corrupt';
  }
  if (refusal) throw refusal;
  return stop ? { stop } : { size };
}
