import type { ReactNode } from 'react';

/**
 * A table that may scroll sideways on a phone: the scrolling region is focusable and named, so keyboard users
 * can scroll it too (WCAG 2.1.1; axe `scrollable-region-focusable`).
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
