import type { ReactNode } from 'react';
import { useParams } from 'react-router';

/** Hands a route's `:name` segments (decoded) to a page that takes them as props. */
export function WithParams({ children }: { children: (params: Readonly<Record<string, string>>) => ReactNode }) {
  const params = useParams();
  return <>{children(params as Record<string, string>)}</>;
}
