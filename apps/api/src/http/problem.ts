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
