import { createServer, type Server, type Socket, connect } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface TcpProxy {
  port: number;
  /** The server "goes away": every open connection is cut and new ones are refused. */
  cut(): Promise<void>;
  /** The server is back. */
  restore(): Promise<void>;
  /** Delay added to every chunk in both directions (a slow database). */
  latencyMs: number;
  /** Connections open through the proxy right now. */
  open(): number;
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of a real server (PostgreSQL here), so a test can
 * take the server away and bring it back, or slow it down, without touching
 * the server other suites share.
 */
export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;
  const proxy: TcpProxy = {
    port: 0,
    latencyMs: 0,
    cut: async () => {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
      server = null;
    },
    restore: async () => {
      server = await listen(port);
    },
    open: () => sockets.size / 2,
    close: () => proxy.cut(),
  };
  const relay = (from: Socket, to: Socket) =>
    from.on('data', (chunk) => {
      if (proxy.latencyMs > 0) setTimeout(() => to.writable && to.write(chunk), proxy.latencyMs);
      else if (to.writable) to.write(chunk);
    });
  const listen = (onPort: number) =>
    new Promise<Server>((resolve, reject) => {
      const s = createServer((client) => {
        const upstream = connect(targetPort, targetHost);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('error', () => undefined);
          socket.on('close', () => {
            sockets.delete(socket);
            client.destroy();
            upstream.destroy();
          });
        }
        relay(client, upstream);
        relay(upstream, client);
      });
      s.once('error', reject);
      s.listen(onPort, '127.0.0.1', () => resolve(s));
    });
  server = await listen(0);
  port = (server.address() as AddressInfo).port;
  proxy.port = port;
  return proxy;
}
