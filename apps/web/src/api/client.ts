import type { Operations } from './operations.gen';
import type { Responses } from './models';
import { ApiError, networkProblem, type Problem } from './problem';

export type OperationKey = keyof Operations;
export type ResponseOf<K extends OperationKey> = K extends keyof Responses ? Responses[K] : unknown;

type Optional<T> = T extends undefined ? { [key: string]: never } | undefined : T;

/** What a call needs: path parameters when the path has any, the query, the body, and the optional headers. */
export type Input<K extends OperationKey> = (Operations[K]['path'] extends Record<string, never>
  ? { path?: undefined }
  : { path: Operations[K]['path'] }) & {
  query?: Optional<Operations[K]['query']>;
  body?: Operations[K]['body'];
  /** Sent as If-Match for optimistic locking (the resource's `version`). */
  ifMatch?: number;
  /** Sent as Idempotency-Key, so a retried POST does its work once. */
  idempotencyKey?: string;
  signal?: AbortSignal;
};

interface ClientHooks {
  accessToken(): string | null;
  /** Asked once when a call is refused with 401; answers whether a fresh token is now available. */
  refresh(): Promise<boolean>;
  locale(): 'ja' | 'en';
}

let hooks: ClientHooks = { accessToken: () => null, refresh: async () => false, locale: () => 'ja' };

export function configureClient(next: ClientHooks): void {
  hooks = next;
}

export function urlOf(operation: OperationKey, input: { path?: unknown; query?: unknown }): string {
  const [, template] = operation.split(' ');
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(String((input.path as Record<string, unknown> | undefined)?.[name] ?? '')),
  );
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries((input.query ?? {}) as Record<string, unknown>)) {
    if (value === undefined || value === null || value === '') continue;
    query.set(name, String(value));
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/** Calls one API operation; resolves with its JSON (or undefined for 204), rejects with an ApiError. */
export async function call<K extends OperationKey>(
  operation: K,
  input: Input<K> = {} as Input<K>,
): Promise<ResponseOf<K>> {
  const response = await send(operation, input, true);
  if (response.status === 204) return undefined as ResponseOf<K>;
  const type = response.headers.get('content-type') ?? '';
  return (type.includes('json') ? await response.json() : await response.text()) as ResponseOf<K>;
}

/** The raw response of a successful call, for downloads and headers (ETag, Location). */
export async function callRaw<K extends OperationKey>(
  operation: K,
  input: Input<K> = {} as Input<K>,
): Promise<Response> {
  return send(operation, input, true);
}

async function send<K extends OperationKey>(operation: K, input: Input<K>, mayRefresh: boolean): Promise<Response> {
  const [method] = operation.split(' ');
  const headers: Record<string, string> = { 'Accept-Language': hooks.locale() };
  const token = hooks.accessToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (input.ifMatch !== undefined) headers['If-Match'] = `"${input.ifMatch}"`;
  if (input.idempotencyKey) headers['Idempotency-Key'] = input.idempotencyKey;
  let body: BodyInit | undefined;
  if (input.body instanceof Blob) {
    body = input.body;
    headers['Content-Type'] = input.body.type || 'application/octet-stream';
  } else if (input.body !== undefined) {
    body = JSON.stringify(input.body);
    headers['Content-Type'] = 'application/json';
  }
  let response: Response;
  try {
    response = await fetch(urlOf(operation, input), { method, headers, body, signal: input.signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(networkProblem(hooks.locale()));
  }
  if (response.status === 401 && mayRefresh && token && (await hooks.refresh())) {
    return send(operation, input, false);
  }
  if (!response.ok) throw new ApiError(await problemOf(response));
  return response;
}

async function problemOf(response: Response): Promise<Problem> {
  try {
    const problem = (await response.json()) as Problem;
    if (typeof problem?.title === 'string') return { ...problem, status: response.status };
  } catch {
    // not a problem document: fall through
  }
  return {
    type: 'about:blank',
    title: response.statusText || String(response.status),
    status: response.status,
    code: 'http_error',
  };
}

export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

/** One server-sent event as `openStream` hands it over. */
export interface StreamEvent {
  event: string;
  data: string;
  id?: string;
}

/**
 * Reads a `text/event-stream` operation with fetch (EventSource cannot send the bearer token): calls `onEvent`
 * per event, reconnects after a drop (refreshing the token on 401), and stops when `signal` aborts.
 */
export async function openStream<K extends OperationKey>(
  operation: K,
  input: Input<K> & { signal: AbortSignal },
  onEvent: (event: StreamEvent) => void,
  onState?: (state: 'open' | 'retrying') => void,
): Promise<void> {
  let delay = 1000;
  while (!input.signal.aborted) {
    try {
      const response = await send(operation, input, true);
      onState?.('open');
      delay = 1000;
      const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value.replace(/\r\n?/g, '\n');
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = { event: 'message', data: [] as string[], id: undefined as string | undefined };
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) continue;
            const colon = line.indexOf(':');
            const name = colon < 0 ? line : line.slice(0, colon);
            const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (name === 'event') fields.event = value;
            else if (name === 'data') fields.data.push(value);
            else if (name === 'id') fields.id = value;
          }
          if (fields.data.length > 0) onEvent({ event: fields.event, data: fields.data.join('\n'), id: fields.id });
        }
      }
    } catch (error) {
      if (input.signal.aborted) return;
      if (error instanceof ApiError && [401, 403, 404].includes(error.status)) throw error;
    }
    if (input.signal.aborted) return;
    onState?.('retrying');
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 15_000);
  }
}
