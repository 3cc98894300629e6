import type { Socket } from 'node:net';
import { clientErrorHandler } from './framework-errors';

function fakeSocket() {
  const sent: string[] = [];
  const socket = { destroyed: false, writable: true, write: (data: string) => sent.push(data), destroy: jest.fn() };
  return { socket: socket as unknown as Socket, sent, destroy: socket.destroy };
}

describe('clientErrorHandler', () => {
  it('answers headers beyond the limit with a 431 problem and closes the connection', () => {
    const { socket, sent, destroy } = fakeSocket();
    clientErrorHandler(Object.assign(new Error('overflow'), { code: 'HPE_HEADER_OVERFLOW' }), socket);
    const [head, body] = sent[0]!.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    expect(head).toContain('Content-Type: application/problem+json; charset=utf-8');
    expect(head).toContain(`Content-Length: ${Buffer.byteLength(body!)}`);
    expect(JSON.parse(body!)).toMatchObject({
      status: 431,
      code: 'headers_too_large',
      type: 'https://kyodo.jp/problems/headers-too-large',
      title: 'リクエストのヘッダーまたはURLが大きすぎます。',
    });
    expect(destroy).toHaveBeenCalled();
  });

  it('answers other parse errors with 400 and leaves a reset connection alone', () => {
    const broken = fakeSocket();
    clientErrorHandler(Object.assign(new Error('bad'), { code: 'HPE_INVALID_METHOD' }), broken.socket);
    expect(JSON.parse(broken.sent[0]!.split('\r\n\r\n')[1]!)).toMatchObject({ status: 400, code: 'malformed_request' });
    const reset = fakeSocket();
    clientErrorHandler(Object.assign(new Error('reset'), { code: 'ECONNRESET' }), reset.socket);
    expect(reset.sent).toEqual([]);
  });
});
