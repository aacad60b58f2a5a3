import http2 from 'node:http2';
import type { AddressInfo } from 'node:net';

/** An HTTP/2 load balancer in front of worker endpoints: one URL for Restate, workers behind it come and go. */
export interface Balancer {
  /** The URL to register with Restate. */
  readonly url: string;
  /** Replaces the worker ports requests are spread over. */
  setBackends(ports: number[]): void;
  /** How many requests (invocation attempts) each port was given. */
  readonly served: Map<number, number>;
  /** Stops listening and closes every connection. */
  close(): Promise<void>;
}

const { NGHTTP2_INTERNAL_ERROR } = http2.constants;
/** A port whose connection failed is skipped this long. */
const DOWN_FOR_MS = 1000;

/**
 * Starts a round-robin HTTP/2 (h2c) proxy on 127.0.0.1: each request — one invocation attempt of Restate's
 * protocol, a bidirectional stream — goes to the next worker that is not known to be down. A worker that dies
 * resets its streams; Restate retries those invocations, and the balancer sends them to another worker. In
 * production a cloud load balancer plays this part.
 */
export async function startBalancer(ports: number[] = []): Promise<Balancer> {
  let backends = ports.slice();
  let next = 0;
  const sessions = new Map<number, http2.ClientHttp2Session>();
  const downUntil = new Map<number, number>();
  const served = new Map<number, number>();
  const sessionFor = (port: number) => {
    let session = sessions.get(port);
    if (session && !session.closed && !session.destroyed) return session;
    session = http2.connect(`http://127.0.0.1:${port}`);
    const created = session;
    const forget = () => {
      if (sessions.get(port) === created) sessions.delete(port);
    };
    session.on('error', () => {
      downUntil.set(port, Date.now() + DOWN_FOR_MS);
      forget();
    });
    session.on('close', forget);
    sessions.set(port, session);
    return session;
  };
  const pick = (): number | undefined => {
    const now = Date.now();
    for (let tried = 0; tried < backends.length; tried++) {
      const port = backends[next++ % backends.length]!;
      if ((downUntil.get(port) ?? 0) <= now) return port;
    }
    return backends[next++ % Math.max(1, backends.length)];
  };
  const server = http2.createServer();
  server.on('stream', (stream, headers) => {
    const port = pick();
    if (port === undefined) return stream.close(NGHTTP2_INTERNAL_ERROR);
    served.set(port, (served.get(port) ?? 0) + 1);
    const forwarded: http2.OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(headers))
      if (name !== ':authority' && name !== ':scheme') forwarded[name] = value;
    let upstream: http2.ClientHttp2Stream;
    try {
      upstream = sessionFor(port).request(forwarded);
    } catch {
      downUntil.set(port, Date.now() + DOWN_FOR_MS);
      return stream.close(NGHTTP2_INTERNAL_ERROR);
    }
    const fail = () => {
      if (!stream.destroyed) stream.close(NGHTTP2_INTERNAL_ERROR);
    };
    upstream.on('response', (response) => {
      if (stream.destroyed) return;
      const out: http2.OutgoingHttpHeaders = {};
      for (const [name, value] of Object.entries(response))
        out[name] = value as string;
      stream.respond(out);
      upstream.pipe(stream);
    });
    upstream.on('error', () => {
      downUntil.set(port, Date.now() + DOWN_FOR_MS);
      fail();
    });
    upstream.on('close', () => {
      if (upstream.rstCode && upstream.rstCode !== 0) fail();
    });
    stream.on('error', () => upstream.close(NGHTTP2_INTERNAL_ERROR));
    stream.on('close', () => {
      if (!upstream.closed) upstream.close(NGHTTP2_INTERNAL_ERROR);
    });
    stream.pipe(upstream);
  });
  server.on('session', (session) => session.on('error', () => {}));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const open = new Set<http2.ServerHttp2Session>();
  server.on('session', (session) => {
    open.add(session);
    session.on('close', () => open.delete(session));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    setBackends: (ports) => {
      backends = ports.slice();
    },
    close: async () => {
      for (const session of sessions.values()) session.destroy();
      for (const session of open) session.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
