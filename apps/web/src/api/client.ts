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
