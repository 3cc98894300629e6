import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { buildProblem } from './problem';
import { HTTP_TEXT, sendProblem } from './problem.filter';

/**
 * Errors Fastify's router raises before any route runs (a URL that does not
 * decode, a path segment beyond maxParamLength): without this hook Fastify
 * answers them with its own application/json body instead of a problem.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  sendProblem(error, request, reply);
}

/**
 * Errors Node's HTTP parser finds before a request exists (headers or URL
 * beyond the header limit, broken framing, a request that arrives too slowly).
 * There is no request to read a language from, so the answer is in Japanese,
 * the default; it is still an RFC 9457 problem, and the connection is closed
 * as Node would close it.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const [code, text] = HTTP_TEXT[status]!;
  const body = JSON.stringify(buildProblem(status, code, text, 'ja', randomUUID(), undefined));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        `Content-Type: application/problem+json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
