import type {
  Agent as HttpAgent,
  IncomingMessage,
  RequestOptions,
} from 'node:http';

/** What the exporter reads of an answer: its status and headers (the body is read and dropped). */
export interface PostedResponse {
  status: number;
  /** A header's value, by lower-case name. */
  header(name: string): string | undefined;
}

/** Posts a body with the given headers; rejects on a network error or when `signal` aborts. @internal */
export type PostJson = (
  url: string,
  body: string,
  headers: Record<string, string>,
  signal: AbortSignal | undefined,
) => Promise<PostedResponse>;

interface NodeHttp {
  request: typeof import('node:http').request;
  agent: HttpAgent;
}

let transports: Promise<{ http: NodeHttp; https: NodeHttp } | null> | undefined;

/**
 * @internal The exporter's default way to post: Node's `http`/`https` with one keep-alive agent per protocol where
 * Node's modules load (about a third of the CPU of `fetch` per post, which builds web streams, headers and abort
 * wiring for each request), else `fetch`. An idle kept-alive socket never keeps the process alive.
 */
export const postJson: PostJson = async (url, body, headers, signal) => {
  transports ??= loadNodeTransports();
  const node = await transports;
  if (!node) return postWithFetch(fetch, url, body, headers, signal);
  const { request, agent } = url.startsWith('https:') ? node.https : node.http;
  return postWithNode(request, agent, url, body, headers, signal);
};

/** Posts through the `fetch` given (a user's own, or the global one). @internal */
export async function postWithFetch(
  fetchImpl: typeof fetch,
  url: string,
  body: string,
  headers: Record<string, string>,
  signal: AbortSignal | undefined,
): Promise<PostedResponse> {
  const response = await fetchImpl(url, {
    method: 'POST',
    headers,
    body,
    signal,
  });
  await response.body?.cancel().catch(() => {});
  return {
    status: response.status,
    header: (name) => response.headers.get(name) ?? undefined,
  };
}

async function loadNodeTransports(): Promise<{
  http: NodeHttp;
  https: NodeHttp;
} | null> {
  try {
    const [http, https] = await Promise.all([
      import('node:http'),
      import('node:https'),
    ]);
    return {
      http: {
        request: http.request,
        agent: new http.Agent({ keepAlive: true }),
      },
      https: {
        request: https.request as typeof http.request,
        agent: new https.Agent({ keepAlive: true }),
      },
    };
  } catch {
    return null;
  }
}

function postWithNode(
  request: NodeHttp['request'],
  agent: HttpAgent,
  url: string,
  body: string,
  headers: Record<string, string>,
  signal: AbortSignal | undefined,
): Promise<PostedResponse> {
  return new Promise((resolve, reject) => {
    const options: RequestOptions = {
      method: 'POST',
      agent,
      headers: { ...headers, 'Content-Length': Buffer.byteLength(body) },
      signal,
    };
    const onResponse = (response: IncomingMessage) => {
      const answer: PostedResponse = {
        status: response.statusCode ?? 0,
        header: (name) => {
          const value = response.headers[name];
          return Array.isArray(value) ? value.join(', ') : value;
        },
      };
      // Read to the end, so that the socket goes back to the agent for the next post.
      response.on('error', reject);
      response.on('end', () => resolve(answer));
      response.on('close', () => {
        if (!response.complete)
          reject(new Error('The connection closed before the answer ended.'));
      });
      response.resume();
    };
    const outgoing = request(url, options, onResponse);
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}
