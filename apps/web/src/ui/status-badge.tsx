import type { ReactNode } from 'react';

/** A status word in a coloured pill; the colour repeats the word, never replaces it. */
export function StatusBadge({
  tone = 'neutral',
  children,
}: {
  tone?: 'neutral' | 'good' | 'warn' | 'bad' | 'info';
  children: ReactNode;
}) {
  return <span className={`status status-${tone}`}>{children}</span>;
}
