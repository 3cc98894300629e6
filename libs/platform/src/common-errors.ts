import { DomainError, type LocalizedText } from './domain-error';

/** Errors that belong to no single library: malformed requests, missing things, limits. */
export enum CommonErrorCode {
  ValidationFailed = 'validation_failed',
  InputTooComplex = 'input_too_complex',
  MalformedRequest = 'malformed_request',
  NotFound = 'not_found',
  RouteNotFound = 'route_not_found',
  PayloadTooLarge = 'payload_too_large',
  UnsupportedMediaType = 'unsupported_media_type',
  UriTooLong = 'uri_too_long',
  HeadersTooLarge = 'headers_too_large',
  RequestTimeout = 'request_timeout',
  VersionConflict = 'version_conflict',
  PreconditionRequired = 'precondition_required',
  ServiceUnavailable = 'service_unavailable',
  RateLimited = 'rate_limited',
}

export interface FieldViolation {
  field: string;
  messages: string[];
}

/**
 * How many failed fields a problem lists. One body can fail in thousands of
 * places (every unknown key is a violation), and the answer must stay small
 * whatever the input: the first ones are listed, the rest only counted.
 */
export const MAX_LISTED_VIOLATIONS = 20;
/** Field names and messages echo the caller's keys, which may be as long as the body. */
export const MAX_VIOLATION_TEXT = 200;

const clip = (text: string) => (text.length > MAX_VIOLATION_TEXT ? `${text.slice(0, MAX_VIOLATION_TEXT)}…` : text);

/** The problem's members: the first violations, clipped, and how many were left out (only when some were). */
function listedViolations(violations: FieldViolation[]): Record<string, unknown> {
  const errors = violations
    .slice(0, MAX_LISTED_VIOLATIONS)
    .map(({ field, messages }) => ({ field: clip(field), messages: messages.map(clip) }));
  const omitted = violations.length - errors.length;
  return omitted > 0 ? { errors, omittedErrors: omitted } : { errors };
}

export class ValidationFailedError extends DomainError {
  constructor(readonly violations: FieldViolation[]) {
    super(
      CommonErrorCode.ValidationFailed,
      'invalid',
      {
        ja: '入力内容に誤りがあります。各項目を確認してください。',
        en: 'The request has invalid fields. Check each listed field.',
      },
      listedViolations(violations),
    );
  }
}

/**
 * A body or query beyond the input limits (too many keys in one object, too
 * many values in all, nested too deeply), refused before it is validated:
 * validating it would cost far more than parsing it did.
 */
export class InputTooComplexError extends DomainError {
  constructor(readonly violation: FieldViolation) {
    super(
      CommonErrorCode.InputTooComplex,
      'invalid',
      {
        ja: 'リクエストの項目または値が多すぎるか、入れ子が深すぎます。',
        en: 'The request has too many fields or values, or is nested too deeply.',
      },
      listedViolations([violation]),
    );
  }
}

export class NotFoundError extends DomainError {
  constructor(what: LocalizedText) {
    super(CommonErrorCode.NotFound, 'not_found', {
      ja: `${what.ja}が見つかりません。`,
      en: `${what.en} was not found.`,
    });
  }
}

export class VersionConflictError extends DomainError {
  constructor(currentVersion: number) {
    super(
      CommonErrorCode.VersionConflict,
      'conflict',
      {
        ja: '他の操作によって更新されています。最新の内容を取得してからやり直してください。',
        en: 'This was changed by someone else. Reload it and try again.',
      },
      { currentVersion },
    );
  }
}

export class PreconditionRequiredError extends DomainError {
  constructor() {
    super(CommonErrorCode.PreconditionRequired, 'precondition_required', {
      ja: 'If-Match ヘッダーに現在のバージョンを指定してください。',
      en: 'Send the current version in the If-Match header.',
    });
  }
}

/** Too many anonymous requests from one client address in the current window. */
export class RateLimitedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(
      CommonErrorCode.RateLimited,
      'rate_limited',
      {
        ja: 'リクエストが多すぎます。しばらく時間をおいてから再度お試しください。',
        en: 'Too many requests. Wait a while and try again.',
      },
      { retryAfterSeconds },
    );
  }
}
