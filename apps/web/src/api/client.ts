import createClient from 'openapi-fetch';
import type { paths } from './openapi.gen';
import { ApiError, networkProblem, type Problem } from './problem';

type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';

/** Every operation of the API's document, as "METHOD /path" (`'GET /api/v1/calls/{id}'`). */
export type OperationKey = {
  [P in keyof paths & string]: {
    [M in Method]: [NonNullable<paths[P][M]>] extends [never] ? never : `${Uppercase<M>} ${P}`;
  }[Method];
}[keyof paths & string];

/** The document's operation (parameters, request body, responses) behind a key, as openapi-typescript wrote it. */
export type OperationOf<K extends OperationKey> = K extends `${infer M} ${infer P extends keyof paths & string}`
  ? NonNullable<paths[P][Lowercase<M> & Method]>
  : never;

/** The JSON of the operation's success answers (2xx), or never when success has no JSON body. */
export type AnswerOf<K extends OperationKey> = {
  [S in keyof OperationOf<K>['responses']]: S extends 200 | 201 | 202
    ? OperationOf<K>['responses'][S] extends { content: { 'application/json': infer T } }
      ? T
      : never
    : never;
}[keyof OperationOf<K>['responses']];

/** What a page reads from an answer: the document's JSON, or unknown where the success has none (bytes, text, 204). */
export type ResponseOf<K extends OperationKey> = [AnswerOf<K>] extends [never] ? unknown : AnswerOf<K>;

type Parameters_<K extends OperationKey> = OperationOf<K> extends { parameters: infer P } ? P : never;
type PathOf<K extends OperationKey> = Parameters_<K> extends { path: infer P } ? P : undefined;
type QueryOf<K extends OperationKey> =
  Parameters_<K> extends { query?: infer Q }
    ? [NonNullable<Q>] extends [never]
      ? undefined
      : NonNullable<Q>
    : undefined;
/** The JSON body, or a Blob for the operations that take bytes (attachments). */
type BodyOf<K extends OperationKey> =
  OperationOf<K> extends { requestBody?: infer B }
    ? [NonNullable<B>] extends [never]
      ? undefined
      : NonNullable<B> extends { content: { 'application/json': infer J } }
        ? J
        : Blob
    : undefined;

type Optional<T> = T extends undefined ? { [key: string]: never } | undefined : T;

/** What a call needs: path parameters when the path has any, the query, the body, and the optional headers. */
export type Input<K extends OperationKey> = (PathOf<K> extends undefined
  ? { path?: undefined }
  : { path: PathOf<K> }) & {
  query?: Optional<QueryOf<K>>;
  body?: BodyOf<K>;
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

/** The query as the API reads it: empty values (undefined, null, '') left out. */
function queryString(query: unknown): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries((query ?? {}) as Record<string, unknown>)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(name, String(value));
  }
  return search.toString();
}

export function urlOf(operation: OperationKey, input: { path?: unknown; query?: unknown }): string {
  const [, template] = operation.split(' ');
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(String((input.path as Record<string, unknown> | undefined)?.[name] ?? '')),
  );
  const search = queryString(input.query);
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

/** One client for the document's paths; fetch looked up per call, so a test's stub (or none in SSR) is honoured. */
const api = createClient<paths>({ fetch: (request) => globalThis.fetch(request) });

/**
 * The client's `request`, as `send` uses it for any operation at once: the keys and inputs are typed at `call`
 * (by Input<K>), and the body is read here, not by openapi-fetch (`parseAs: 'stream'` leaves it unread).
 */
type AnyOperationRequest = (
  method: string,
  path: string,
  init: {
    baseUrl: string;
    params: { path?: unknown; query?: unknown };
    body?: unknown;
    bodySerializer?: (body: unknown) => BodyInit;
    querySerializer: (query: unknown) => string;
    headers: Record<string, string>;
    signal?: AbortSignal;
    parseAs: 'stream';
  },
) => Promise<{ response: Response; error?: unknown }>;
const request = api.request as unknown as AnyOperationRequest;

async function send<K extends OperationKey>(operation: K, input: Input<K>, mayRefresh: boolean): Promise<Response> {
  const [method, path] = operation.split(' ');
  const headers: Record<string, string> = { 'Accept-Language': hooks.locale() };
  const token = hooks.accessToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (input.ifMatch !== undefined) headers['If-Match'] = `"${input.ifMatch}"`;
  if (input.idempotencyKey) headers['Idempotency-Key'] = input.idempotencyKey;
  const bytes = input.body instanceof Blob ? input.body : undefined;
  if (bytes) headers['Content-Type'] = bytes.type || 'application/octet-stream';
  let answer: Awaited<ReturnType<AnyOperationRequest>>;
  try {
    answer = await request(method.toLowerCase(), path, {
      // Absolute, so that a Request can be built outside a page too (tests); the page's own origin in the app.
      baseUrl: typeof location === 'undefined' ? '' : location.origin,
      params: { path: input.path, query: input.query },
      body: input.body,
      ...(bytes ? { bodySerializer: (body: unknown) => body as Blob } : {}),
      querySerializer: queryString,
      headers,
      signal: input.signal,
      parseAs: 'stream',
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(networkProblem(hooks.locale()));
  }
  const { response } = answer;
  if (response.status === 401 && mayRefresh && token && (await hooks.refresh())) {
    return send(operation, input, false);
  }
  if (!response.ok) throw new ApiError(problemOf(response, answer.error));
  return response;
}

/** The problem the API answered (openapi-fetch has read the body), or one made of the status line. */
function problemOf(response: Response, body: unknown): Problem {
  const problem = body as Problem | undefined;
  if (typeof problem?.title === 'string') return { ...problem, status: response.status };
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
