import type { MCPServer } from '@baton/core';
import { describe, expect, it } from 'vitest';
import { connectMcpServers } from '../src/index.js';

/** A server whose connect fails while `failing` is set; it records its lifecycle calls. */
function fakeServer(name: string, log: string[], failing = { value: false }) {
  const server: MCPServer = {
    name,
    cacheToolsList: false,
    async connect() {
      log.push(`connect ${name}`);
      if (failing.value) throw new Error(`${name} is down`);
    },
    async close() {
      log.push(`close ${name}`);
    },
    listTools: async () => [],
    callTool: async () => Object.assign([], {}),
    invalidateToolsCache: async () => {},
  };
  return server;
}

describe('MCPServers', () => {
  it('connects in order, closes in reverse order, and retries only the failed servers on reconnect', async () => {
    const log: string[] = [];
    const down = { value: true };
    const a = fakeServer('a', log);
    const b = fakeServer('b', log, down);
    const servers = await connectMcpServers([a, b, a]);
    expect(servers.all).toEqual([a, b]);
    expect(servers.active).toEqual([a]);
    expect(servers.errors.get(b)?.message).toBe('b is down');
    down.value = false;
    expect(await servers.reconnect()).toEqual([a, b]);
    expect(servers.failed).toEqual([]);
    await servers.close();
    expect(log).toEqual([
      'connect a',
      'connect b',
      // A server that failed is closed at once, so nothing it started is left running.
      'close b',
      'close b',
      'connect b',
      'close b',
      'close a',
    ]);
  });

  it('keeps failed servers in active with dropFailed: false, and counts a connect past the timeout as failed', async () => {
    const log: string[] = [];
    const slow: MCPServer = {
      ...fakeServer('slow', log),
      connect: () => new Promise(() => {}),
    };
    const servers = await connectMcpServers([slow], {
      connectTimeoutMs: 10,
      dropFailed: false,
    });
    expect(servers.active).toEqual([slow]);
    expect(servers.errors.get(slow)?.message).toMatch(
      /did not connect within 10 ms/,
    );
  });
});
