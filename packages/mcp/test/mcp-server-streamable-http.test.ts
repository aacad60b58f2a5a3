import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  connectMcpServers,
  MCPServerError,
  MCPServerStdio,
  MCPServerStreamableHttp,
} from '../src/index.js';
import {
  serverLog,
  startHttpTestServer,
  TEST_SERVER,
} from './start-test-server.js';

let http: Awaited<ReturnType<typeof startHttpTestServer>>;
const log = serverLog();

beforeAll(async () => {
  http = await startHttpTestServer({ MCP_TEST_LOG: log.path });
});

afterAll(async () => {
  await http.stop();
  log.remove();
});

describe('MCPServerStreamableHttp', () => {
  it('connects over HTTP, lists and calls tools, and ends the session on close', async () => {
    const server = new MCPServerStreamableHttp({ url: http.url });
    expect(server.name).toBe(`streamable-http: ${http.url}`);
    await server.connect();
    try {
      expect(server.sessionId).toEqual(expect.any(String));
      expect((await server.listTools()).map((tool) => tool.name)).toContain(
        'echo',
      );
      expect([...(await server.callTool('echo', { text: 'web' }))]).toEqual([
        { type: 'text', text: 'echo: web' },
      ]);
    } finally {
      await server.close();
    }
    expect(server.sessionId).toBeUndefined();
  });

  it('sends requestInit headers with every request', async () => {
    const seen: string[] = [];
    const server = new MCPServerStreamableHttp({
      url: http.url,
      requestInit: { headers: { 'x-baton-test': 'yes' } },
      fetch: (async (input: string | URL | Request, init?: RequestInit) => {
        seen.push(new Headers(init?.headers).get('x-baton-test') ?? '');
        return fetch(input, init);
      }) as typeof fetch,
    });
    await server.connect();
    await server.listTools();
    await server.close();
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set(['yes']));
  });

  it('cancels an aborted call on the server', async () => {
    const server = new MCPServerStreamableHttp({ url: http.url });
    await server.connect();
    try {
      const controller = new AbortController();
      const call = server.callToolResult('slow', {}, null, {
        signal: controller.signal,
      });
      await vi.waitFor(() => expect(log.lines()).toContain('call slow'));
      controller.abort(new Error('stop'));
      await expect(call).rejects.toThrow('stop');
      await vi.waitFor(() => expect(log.lines()).toContain('cancelled slow'));
    } finally {
      await server.close();
    }
  });
});

describe('MCPServerStreamableHttp after the server restarted', () => {
  it('fails the call that finds the session gone, then opens a new session on the next use', async () => {
    const first = await startHttpTestServer();
    const port = new URL(first.url).port;
    const server = new MCPServerStreamableHttp({ url: first.url });
    await server.connect();
    try {
      const before = server.sessionId;
      await server.listTools();
      await first.stop();
      const second = await startHttpTestServer({ MCP_TEST_PORT: port });
      try {
        await expect(
          server.callTool('echo', { text: 'x' }),
        ).rejects.toMatchObject({ code: 404 });
        expect([...(await server.callTool('echo', { text: 'y' }))]).toEqual([
          { type: 'text', text: 'echo: y' },
        ]);
        expect(server.sessionId).not.toBe(before);
      } finally {
        await server.close();
        await second.stop();
      }
    } finally {
      await first.stop();
    }
  });
});

describe('connectMcpServers', () => {
  it('connects what it can, reports the rest, and closes all', async () => {
    const good = new MCPServerStreamableHttp({ url: http.url, name: 'good' });
    const bad = new MCPServerStdio({
      name: 'bad',
      command: process.execPath,
      args: ['-e', 'process.exit(1)'],
    });
    const servers = await connectMcpServers([good, bad]);
    expect(servers.active).toEqual([good]);
    expect(servers.failed).toEqual([bad]);
    expect(servers.errors.get(bad)).toSatisfy((error) =>
      MCPServerError.isInstance(error),
    );
    expect((await good.listTools()).length).toBeGreaterThan(0);
    await servers.close();
    await expect(good.listTools()).rejects.toThrow(/not connected/);
  });

  it('closes the servers that connected and throws when strict and one fails', async () => {
    const good = new MCPServerStdio({
      name: 'good',
      command: process.execPath,
      args: [TEST_SERVER],
    });
    const bad = new MCPServerStreamableHttp({
      name: 'bad',
      url: 'http://127.0.0.1:9/mcp',
    });
    await expect(
      connectMcpServers([good, bad], { strict: true }),
    ).rejects.toThrow(/"bad" failed to connect/);
    await expect(good.listTools()).rejects.toThrow(/not connected/);
  });
});
