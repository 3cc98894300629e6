import { request as httpRequest } from 'node:http';
import { type ApiResponse, checkedAnswer } from './api-client';

/**
 * Requests that leave from a chosen loopback address (any of 127.0.0.0/8 on
 * Linux), so a suite can play many clients, each with an address of its own,
 * as a per-address limit sees them. fetch cannot pick its source address;
 * node:http can. Answers are held to the OpenAPI document like ApiClient's.
 */
export class AddressedClient {
  constructor(
    readonly baseUrl: string,
    readonly address: string,
  ) {}

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const url = new URL(path, this.baseUrl);
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const answer = await new Promise<{ status: number; headers: Headers; text: string }>((resolve, reject) => {
      const outgoing = httpRequest(
        url,
        {
          method,
          localAddress: this.address,
          headers: { ...(payload !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
        },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('error', reject);
          incoming.on('end', () => {
            const received = new Headers();
            for (const [name, value] of Object.entries(incoming.headers)) {
              for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value])
                received.append(name, one);
            }
            resolve({ status: incoming.statusCode ?? 0, headers: received, text: Buffer.concat(chunks).toString() });
          });
        },
      );
      outgoing.on('error', reject);
      outgoing.end(payload);
    });
    return checkedAnswer<T>(this.baseUrl, method, path, answer.status, answer.headers, answer.text);
  }

  get<T = any>(path: string, headers?: Record<string, string>) {
    return this.request<T>('GET', path, undefined, headers);
  }
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', path, body ?? {}, headers);
  }
}

/** Hands out loopback addresses no other client of the suite uses: 127.<block>.x.y. */
export function loopbackAddresses(block: number): () => string {
  let next = 0;
  return () => {
    next += 1;
    return `127.${block}.${Math.floor(next / 250)}.${(next % 250) + 1}`;
  };
}
