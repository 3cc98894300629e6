import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { type Actor, DomainError } from '@kyodo/platform';
import { IdempotencyStore, type StoredAnswer } from './idempotency-store';

const KEY = /^[\x21-\x7e]{1,255}$/;
/** Headers of the first answer that a replay repeats. */
const REPLAYED_HEADERS = ['location', 'etag'];
const WAIT_MS = 10_000;

export class IdempotencyError extends DomainError {
  static invalid() {
    return new IdempotencyError('idempotency_key_invalid', 'invalid', {
      ja: 'Idempotency-Key は1〜255文字の英数字・記号で指定してください。',
      en: 'Idempotency-Key must be 1 to 255 visible ASCII characters.',
    });
  }
  static reused() {
    return new IdempotencyError('idempotency_key_reused', 'unprocessable', {
      ja: 'この Idempotency-Key は別の内容のリクエストに使われています。',
      en: 'This Idempotency-Key was used for a different request.',
    });
  }
  static inProgress() {
    return new IdempotencyError('idempotency_request_in_progress', 'conflict', {
      ja: '同じ Idempotency-Key のリクエストをまだ処理しています。しばらくしてから再度お試しください。',
      en: 'A request with this Idempotency-Key is still being processed. Try again shortly.',
    });
  }
}

/**
 * `Idempotency-Key` on any POST of a signed-in user: the first request runs;
 * every repetition within 24 hours gets its answer (status, body, Location,
 * ETag) without running again, concurrent ones included (they wait for the
 * first). The same key with a different request is refused with 422. A
 * request that fails lets the key go, so the client can retry it.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(@Inject(IdempotencyStore) private readonly store: IdempotencyStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest & { actor?: Actor }>();
    const given = request.headers['idempotency-key'];
    if (request.method !== 'POST' || given === undefined || !request.actor) return next.handle();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return from(this.serve(request.actor.userId, given, request, reply, next));
  }

  private async serve(
    userId: string,
    given: string | string[],
    request: FastifyRequest,
    reply: FastifyReply,
    next: CallHandler,
  ): Promise<unknown> {
    if (typeof given !== 'string' || !KEY.test(given)) throw IdempotencyError.invalid();
    const fingerprint = fingerprintOf(request);
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const claim = await this.store.claim(userId, given, fingerprint);
      if (claim.kind === 'reused') throw IdempotencyError.reused();
      if (claim.kind === 'replay') return replay(reply, claim.answer);
      if (claim.kind === 'run') break;
      if (Date.now() > deadline) throw IdempotencyError.inProgress();
      await sleep(25);
    }
    try {
      const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
      const headers = Object.fromEntries(
        REPLAYED_HEADERS.flatMap((name) => {
          const value = reply.getHeader(name);
          return value === undefined ? [] : [[name, String(value)]];
        }),
      );
      await this.store.complete(userId, given, { status: reply.statusCode, headers, body: plain(body) });
      return body;
    } catch (error) {
      await this.store.release(userId, given);
      throw error;
    }
  }
}

function replay(reply: FastifyReply, answer: StoredAnswer): unknown {
  void reply.status(answer.status).header('idempotent-replayed', 'true');
  for (const [name, value] of Object.entries(answer.headers)) void reply.header(name, value);
  return answer.body ?? undefined;
}

/** Method, URL (query included), content type and body: what makes two requests the same request. */
function fingerprintOf(request: FastifyRequest): string {
  const hash = createHash('sha256').update(
    `${request.method} ${request.url}\n${request.headers['content-type'] ?? ''}\n`,
  );
  const body = request.body;
  hash.update(Buffer.isBuffer(body) ? body : JSON.stringify(body ?? null));
  return hash.digest('hex');
}

/** Only JSON answers are stored; anything else (a stream) is stored as null and replayed empty. */
function plain(body: unknown): unknown {
  if (body === undefined || body === null) return null;
  if (Buffer.isBuffer(body) || typeof (body as { pipe?: unknown }).pipe === 'function') return null;
  return body;
}
