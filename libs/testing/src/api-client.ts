import { contractOf } from './api-contract';

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/**
 * An answer as the suites see it: JSON parsed (anything else kept as text),
 * and held to the OpenAPI document — an undocumented status, media type or
 * member fails the test.
 */
export async function checkedAnswer<T>(
  baseUrl: string,
  method: string,
  path: string,
  status: number,
  headers: Headers,
  text: string,
): Promise<ApiResponse<T>> {
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON (a CSV download): keep the text
  }
  const contract = await contractOf(baseUrl);
  const broken = contract.check(method, path, status, headers.get('content-type'), parsed);
  if (broken.length > 0) throw new Error(`The answer breaks the OpenAPI document:\n${broken.join('\n')}`);
  return { status, headers, body: parsed as T };
}

/** A tiny HTTP client over fetch for the e2e suites. */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    readonly token?: string,
  ) {}

  as(token: string): ApiClient {
    return new ApiClient(this.baseUrl, token);
  }

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    // A stream (server-sent events) never ends by itself: its status and headers are the answer.
    if (response.headers.get('content-type')?.startsWith('text/event-stream')) {
      await response.body?.cancel();
      return { status: response.status, headers: response.headers, body: undefined as T };
    }
    return checkedAnswer<T>(this.baseUrl, method, path, response.status, response.headers, await response.text());
  }

  get<T = any>(path: string, headers?: Record<string, string>) {
    return this.request<T>('GET', path, undefined, headers);
  }
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', path, body ?? {}, headers);
  }
  put<T = any>(path: string, body: unknown, headers?: Record<string, string>) {
    return this.request<T>('PUT', path, body, headers);
  }
  patch<T = any>(path: string, body: unknown, headers?: Record<string, string>) {
    return this.request<T>('PATCH', path, body, headers);
  }

  async login(email: string, password: string): Promise<ApiClient> {
    const response = await this.post('/api/v1/auth/login', { email, password });
    if (response.status !== 200)
      throw new Error(`login ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
    return this.as(response.body.accessToken);
  }
}
