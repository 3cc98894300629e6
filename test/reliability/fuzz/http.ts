import { Agent, request } from 'node:http';
import { connect } from 'node:net';

export interface RawResponse {
  status: number;
  contentType: string;
  text: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 4 });

/** Bodies above this go over a raw socket (see sendRaw). */
const RAW_ABOVE_BYTES = 256 * 1024;

/**
 * Sends exactly the bytes asked for: a raw (already percent-encoded) path,
 * headers as latin1 and any body, which fetch would refuse or normalise.
 */
export function send(
  baseUrl: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string | Buffer,
  rawHeaderLines?: string[],
): Promise<RawResponse> {
  if (rawHeaderLines || (body !== undefined && Buffer.byteLength(body) > RAW_ABOVE_BYTES)) {
    return sendRaw(baseUrl, method, path, headers, body, rawHeaderLines);
  }
  return sendHttp(baseUrl, method, path, headers, body);
}

function sendHttp(
  baseUrl: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string | Buffer,
): Promise<RawResponse> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    let answered = false;
    const outgoing = request(
      { agent, host: url.hostname, port: url.port, method, path, headers, timeout: 60_000 },
      (response) => {
        answered = true;
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            contentType: String(response.headers['content-type'] ?? ''),
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    outgoing.on('error', (error) => {
      if (!answered) reject(error);
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error('no answer within 60 s')));
    if (body !== undefined) outgoing.setHeader('content-length', Buffer.byteLength(body));
    outgoing.end(body);
  });
}

export function closeConnections(): void {
  agent.destroy();
}

/**
 * Also the way to send broken framing (rawHeaderLines), which Node's client refuses to write.
 *
 * A server refuses an oversized body (413) from its Content-Length alone and
 * closes the connection. Had we written the body, the close would find it
 * unread and reset the connection, and the reset can destroy the answer
 * before we read it (Node reports EPIPE instead). So: send the head, give
 * the server a moment to answer from it, and only then send the body.
 */
function sendRaw(
  baseUrl: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body: string | Buffer | undefined,
  rawHeaderLines: string[] = [],
): Promise<RawResponse> {
  const url = new URL(baseUrl);
  const size = body === undefined ? 0 : Buffer.byteLength(body);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname);
    const chunks: Buffer[] = [];
    socket.setTimeout(60_000, () => socket.destroy(new Error('no answer within 60 s')));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => undefined); // a reset after the answer: expected
    socket.on('close', () => {
      const raw = Buffer.concat(chunks);
      const split = raw.indexOf('\r\n\r\n');
      const head = raw.subarray(0, split === -1 ? raw.length : split).toString('latin1');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1]);
      if (!status) return reject(new Error(`no HTTP answer to a ${size}-byte body`));
      const contentType = /\r\ncontent-type: *([^\r]*)/i.exec(head)?.[1] ?? '';
      const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? NaN);
      const rest = raw.subarray(split + 4);
      resolve({ status, contentType, text: (Number.isNaN(length) ? rest : rest.subarray(0, length)).toString('utf8') });
    });
    const lines = [
      `${method} ${path} HTTP/1.1`,
      `host: ${url.host}`,
      'connection: close',
      // broken framing brings its own Content-Length
      ...(rawHeaderLines.some((line) => /^content-length:/i.test(line)) ? [] : [`content-length: ${size}`]),
      ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
      ...rawHeaderLines,
    ];
    socket.write(Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'));
    // write, not end: Node's server does not allow half-open connections and drops a request whose
    // client has already closed its side; `connection: close` makes the server close after answering.
    // oxlint-disable-next-line no-restricted-globals -- the server's moment to answer from the head alone (see above): no event says it will not
    setTimeout(() => {
      if (chunks.length === 0 && body !== undefined) socket.write(body);
    }, 500);
  });
}
