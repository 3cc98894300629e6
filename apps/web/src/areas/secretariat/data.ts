import { call } from '../../api/client';
import type { Proposal } from './models';

/** Every proposal the secretariat may see (optionally of one call), following the cursor to the end. */
export async function allProposals(signal: AbortSignal, callId?: string): Promise<Proposal[]> {
  const items: Proposal[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 50; page++) {
    const result = await call('GET /api/v1/proposals', { query: { limit: 100, callId, cursor }, signal });
    items.push(...result.items);
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return items;
}

/** A datetime-local input's value (Tokyo time) for an ISO instant, and back. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(new Date(iso).getTime() + 9 * 3_600_000);
  return date.toISOString().slice(0, 16);
}

export function fromLocalInput(value: string): string | undefined {
  if (!value) return undefined;
  return new Date(`${value}:00+09:00`).toISOString();
}

export function callTitle(callRow: { titleJa: string; titleEn: string }, locale: 'ja' | 'en'): string {
  return locale === 'en' ? callRow.titleEn || callRow.titleJa : callRow.titleJa;
}
