import { createServer, connect, type Server, type Socket } from 'node:net';

/** A TCP relay in front of a server that lets a test see when the client's connections close. */
export interface SocketWatch {
  /** The relayed base URL: the target's URL with the relay's port. */
  readonly url: string;
  /** How many connections that carried a request are open right now. */
  readonly openConnections: number;
  /** How many connections carried a request. */
  readonly usedConnections: number;
  /** How many bytes the server has sent to clients through the relay, over every connection. */
  readonly bytesFromServer: number;
  /** Resolves once every connection that carried a request has closed (at once if there are none). */
  allClosed(): Promise<void>;
  /** Stops the relay and destroys what is left open. */
  close(): Promise<void>;
}

/**
 * Starts a relay on 127.0.0.1 (port 0) that forwards every connection to the host and port of `targetUrl`.
 * Closing is observed at the TCP level, so it proves the HTTP client really let go of the socket rather than
 * parking it in a keep-alive pool. Only connections that carried bytes count: Node's fetch may open a spare
 * connection that stays idle until its own timeout, which says nothing about the request under test.
 */
export async function watchSockets(targetUrl: string): Promise<SocketWatch> {
  const target = new URL(targetUrl);
  const sockets = new Set<Socket>();
  const everySocket = new Set<Socket>();
  let accepted = 0;
  let bytesFromServer = 0;
  let waiters: Array<() => void> = [];
  const settle = () => {
    if (sockets.size > 0) return;
    for (const resolve of waiters) resolve();
    waiters = [];
  };
  const server: Server = createServer((client) => {
    everySocket.add(client);
    client.once('data', () => {
      accepted += 1;
      sockets.add(client);
    });
    const upstream = connect(Number(target.port), target.hostname);
    upstream.on('data', (chunk: Buffer) => {
      bytesFromServer += chunk.length;
    });
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    upstream.on('close', () => client.destroy());
    client.on('close', () => {
      upstream.destroy();
      sockets.delete(client);
      everySocket.delete(client);
      settle();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const relayed = new URL(targetUrl);
  relayed.port = String(port);
  return {
    url: relayed.toString().replace(/\/$/, ''),
    get openConnections() {
      return sockets.size;
    },
    get usedConnections() {
      return accepted;
    },
    get bytesFromServer() {
      return bytesFromServer;
    },
    allClosed: () =>
      new Promise<void>((resolve) => {
        waiters.push(resolve);
        settle();
      }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of everySocket) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
