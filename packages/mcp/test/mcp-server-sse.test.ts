import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MCPServerSSE } from '../src/index.js';
import { serverLog, startHttpTestServer } from './start-test-server.js';

let sse: Awaited<ReturnType<typeof startHttpTestServer>>;
const log = serverLog();

beforeAll(async () => {
  sse = await startHttpTestServer({ MCP_TEST_LOG: log.path }, 'sse');
});

afterAll(async () => {
  await sse.stop();
  log.remove();
});

describe('MCPServerSSE', () => {
  it('connects over HTTP+SSE, lists and calls tools, and cancels an aborted call', async () => {
    const server = new MCPServerSSE({ url: sse.url });
    expect(server.name).toBe(`sse: ${sse.url}`);
    await server.connect();
    try {
      expect((await server.listTools()).map((tool) => tool.name)).toContain(
        'add',
      );
      const sum = await server.callToolResult('add', { a: 1, b: 2 });
      expect(sum.structuredContent).toEqual({ sum: 3 });
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
