import { DomainError, type LocalizedText } from './domain-error';

/** Errors that belong to no single library: malformed requests, missing things, limits. */
export enum CommonErrorCode {
  ValidationFailed = 'validation_failed',
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

export class ValidationFailedError extends DomainError {
  constructor(readonly violations: FieldViolation[]) {
    super(
      CommonErrorCode.ValidationFailed,
      'invalid',
      {
        ja: '入力内容に誤りがあります。各項目を確認してください。',
        en: 'The request has invalid fields. Check each listed field.',
      },
      { errors: violations },
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
