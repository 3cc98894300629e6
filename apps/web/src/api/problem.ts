import type { Schema } from './models';

type Documented = Schema<'Problem'>;

/**
 * RFC 9457 problem details as the API sends them (the document's Problem), with its stable `code` and, for
 * validation, every field. `requestId` is optional only because the web also makes problems of its own (no answer,
 * or a status line without a problem body), which no request id names.
 */
export type Problem = { [K in keyof Documented as K extends 'requestId' ? never : K]: Documented[K] } & {
  requestId?: string;
};

/** One entry of `errors[]`: the field and class-validator's English messages (the UI shows its own words). */
export type FieldError = NonNullable<Documented['errors']>[number];

/** A failed call: the problem document the API answered, or one made up when no answer came. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }

  /** Messages per field (dotted paths as the API names them), for showing beside each input. */
  fieldErrors(): Record<string, string> {
    const result: Record<string, string> = {};
    for (const error of this.problem.errors ?? []) result[error.field] ??= error.messages.join('; ');
    return result;
  }
}

export function networkProblem(locale: 'ja' | 'en'): Problem {
  return {
    type: 'about:blank',
    title:
      locale === 'ja'
        ? 'サーバーに接続できません。通信環境を確かめて、もう一度お試しください。'
        : 'The server cannot be reached. Check the connection and try again.',
    status: 0,
    code: 'network_error',
  };
}
