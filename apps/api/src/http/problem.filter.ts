import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  CommonErrorCode,
  DomainError,
  type ErrorKind,
  type LocalizedText,
  localeFromAcceptLanguage,
} from '@kyodo/platform';
import { isDatabaseUnavailable } from './database-unavailable';
import { buildProblem, problemInstance } from './problem';
import { nullFieldRefusal } from './null-field';

const STATUS: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_required: 428,
  unprocessable: 422,
  rate_limited: 429,
  unavailable: 503,
};

export const HTTP_TEXT: Record<number, [string, LocalizedText]> = {
  400: [
    CommonErrorCode.MalformedRequest,
    { ja: 'リクエストの形式が正しくありません。', en: 'The request is malformed.' },
  ],
  404: [CommonErrorCode.RouteNotFound, { ja: '指定されたURLは存在しません。', en: 'There is no such route.' }],
  405: [CommonErrorCode.RouteNotFound, { ja: 'このメソッドは使えません。', en: 'This method is not allowed here.' }],
  408: [
    CommonErrorCode.RequestTimeout,
    { ja: 'リクエストの受信が時間内に終わりませんでした。', en: 'The request took too long to arrive.' },
  ],
  413: [CommonErrorCode.PayloadTooLarge, { ja: 'リクエストが大きすぎます。', en: 'The request body is too large.' }],
  414: [CommonErrorCode.UriTooLong, { ja: 'URLが長すぎます。', en: 'The URL is too long.' }],
  415: [
    CommonErrorCode.UnsupportedMediaType,
    { ja: 'この形式のデータは受け付けられません。', en: 'This content type is not supported.' },
  ],
  431: [
    CommonErrorCode.HeadersTooLarge,
    { ja: 'リクエストのヘッダーまたはURLが大きすぎます。', en: 'The request headers or URL are too large.' },
  ],
};

const DATABASE_AWAY: LocalizedText = {
  ja: 'ただいまデータベースに接続できません。しばらくしてから再度お試しください。',
  en: 'The database cannot be reached right now. Please try again shortly.',
};

const GENERIC: LocalizedText = {
  ja: 'サーバーで問題が発生しました。時間をおいて再度お試しください。',
  en: 'Something went wrong on our side. Please try again later.',
};

/**
 * The one place errors become responses: domain codes map to RFC 9457
 * problems in the caller's language; anything unknown is logged with the
 * request id and answered with a generic 500 that reveals nothing.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const refused = nullFieldRefusal(exception) ?? exception;
    sendProblem(refused, host.switchToHttp().getRequest(), host.switchToHttp().getResponse<FastifyReply>());
  }
}

const logger = new Logger('ProblemFilter');

/** Answers `exception` as a problem; also used by Fastify hooks that run outside Nest's filters. */
export function sendProblem(
  exception: unknown,
  request: FastifyRequest & { actor?: { locale: 'ja' | 'en' } },
  reply: FastifyReply,
): void {
  const locale = request.actor?.locale ?? localeFromAcceptLanguage(request.headers?.['accept-language']);
  const requestId = String(request.id);
  const instance = problemInstance(request.url);
  let status: number;
  let problem;
  if (exception instanceof DomainError) {
    status = STATUS[exception.kind];
    problem = buildProblem(
      status,
      exception.code,
      exception.text,
      locale,
      requestId,
      instance,
      localizedDetail(exception.extensions, locale),
    );
    const retryAfter = exception.extensions.retryAfterSeconds;
    if (typeof retryAfter === 'number') void reply.header('retry-after', String(retryAfter));
  } else if (isClientHttpError(exception)) {
    status = statusOf(exception);
    const [code, text] = HTTP_TEXT[status] ?? HTTP_TEXT[400]!;
    problem = buildProblem(status, code, text, locale, requestId, instance);
  } else if (isDatabaseUnavailable(exception)) {
    status = 503;
    void reply.header('retry-after', '2');
    problem = buildProblem(503, CommonErrorCode.ServiceUnavailable, DATABASE_AWAY, locale, requestId, instance);
  } else {
    status = 500;
    logger.error(
      {
        requestId,
        err: exception instanceof Error ? { message: exception.message, stack: exception.stack } : exception,
      },
      'unhandled error',
    );
    problem = buildProblem(500, 'internal_error', GENERIC, locale, requestId, instance);
  }
  void reply.status(status).header('content-type', 'application/problem+json; charset=utf-8').send(problem);
}

function statusOf(exception: unknown): number {
  if (exception instanceof HttpException) return exception.getStatus();
  return (exception as { statusCode: number }).statusCode;
}

/** Nest's own 4xx (unknown route) and Fastify's (bad JSON, body too large, bad content type). */
function isClientHttpError(exception: unknown): boolean {
  if (exception instanceof HttpException) return exception.getStatus() >= 400 && exception.getStatus() < 500;
  const code = (exception as { statusCode?: unknown })?.statusCode;
  return typeof code === 'number' && code >= 400 && code < 500;
}

/** A domain error may explain itself in both languages (`detail: { ja, en }`); the problem carries the caller's. */
function localizedDetail(extensions: Record<string, unknown>, locale: 'ja' | 'en'): Record<string, unknown> {
  const detail = extensions.detail as Partial<LocalizedText> | undefined;
  if (typeof detail !== 'object' || detail === null || typeof detail[locale] !== 'string') return extensions;
  return { ...extensions, detail: detail[locale] };
}
