import type { LocalizedText, Locale } from '@kyodo/platform';

/** RFC 9457 problem details, with a stable `code` and the request id. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: string;
  requestId: string;
  [extension: string]: unknown;
}

/** Longer paths than this are left out of `instance`: only a made-up URL is this long, and the answer stays small. */
export const MAX_INSTANCE_LENGTH = 200;

/**
 * The request's path as the problem's `instance`. Without the query string: it is the caller's input, may be as
 * long as the header limit allows and may carry personal data (the request log leaves it out for that reason too).
 */
export function problemInstance(url: string): string | undefined {
  const path = url.split('?', 1)[0]!;
  return path.length <= MAX_INSTANCE_LENGTH ? path : undefined;
}

export const problemType = (code: string) => `https://kyodo.jp/problems/${code.replaceAll('_', '-')}`;

export function buildProblem(
  status: number,
  code: string,
  text: LocalizedText,
  locale: Locale,
  requestId: string,
  instance: string | undefined,
  extensions: Record<string, unknown> = {},
): Problem {
  // Extensions first: a detail named like a standard member (`status`, `type` …) must never replace it.
  return {
    ...extensions,
    type: problemType(code),
    title: text[locale],
    status,
    code,
    requestId,
    ...(instance ? { instance } : {}),
  };
}
