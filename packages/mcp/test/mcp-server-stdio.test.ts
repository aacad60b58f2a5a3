import { Agent, getAllMcpTools, RunContext, UserError } from '@baton/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MCPServerError, MCPServerStdio } from '../src/index.js';
import { isRunning, serverLog, TEST_SERVER } from './start-test-server.js';

const open: MCPServerStdio[] = [];
const logs: Array<ReturnType<typeof serverLog>> = [];

function stdioServer(
  options: Partial<ConstructorParameters<typeof MCPServerStdio>[0]> = {},
) {
  const log = serverLog();
  logs.push(log);
  const server = new MCPServerStdio({
    command: process.execPath,
    args: [TEST_SERVER],
    env: { MCP_TEST_LOG: log.path },
    ...options,
  } as ConstructorParameters<typeof MCPServerStdio>[0]);
  open.push(server);
  return { server, log };
}

async function pidOf(server: MCPServerStdio): Promise<number> {
  const result = await server.callToolResult('pid', {});
  return Number(result.content[0]!.text);
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
  for (const log of logs.splice(0)) log.remove();
});

describe('MCPServerStdio', () => {
  it('starts the process, lists its tools and calls one', async () => {
    const { server } = stdioServer();
    await server.connect();
    const names = (await server.listTools()).map((tool) => tool.name);
    expect(names).toEqual(expect.arrayContaining(['echo', 'add', 'slow']));
    const content = await server.callTool('echo', { text: 'hi' });
    expect([...content]).toEqual([{ type: 'text', text: 'echo: hi' }]);
    const sum = await server.callTool('add', { a: 2, b: 3 });
    expect(sum.structuredContent).toEqual({ sum: 5 });
  });

  it('splits fullCommand at spaces and names itself after the command', async () => {
    const { server } = stdioServer({
      fullCommand: `${process.execPath} ${TEST_SERVER}`,
    } as never);
    expect(server.name).toBe(`stdio: ${process.execPath}`);
    await server.connect();
    expect((await server.listTools()).length).toBeGreaterThan(0);
  });

  it('ends the child process on close, and refuses calls until connected again', async () => {
    const { server } = stdioServer();
    await server.connect();
    const pid = await pidOf(server);
    expect(isRunning(pid)).toBe(true);
    await server.close();
    expect(isRunning(pid)).toBe(false);
    await expect(server.listTools()).rejects.toSatisfy((error) =>
      MCPServerError.isInstance(error),
    );
  });

  it('cancels the call on the server when the signal aborts, and leaves no process behind', async () => {
    const { server, log } = stdioServer();
    await server.connect();
    const pid = await pidOf(server);
    const controller = new AbortController();
    const call = server.callToolResult('slow', {}, null, {
      signal: controller.signal,
    });
    await vi.waitFor(() => expect(log.lines()).toContain('call slow'));
    controller.abort(new Error('stop'));
    await expect(call).rejects.toThrow('stop');
    await vi.waitFor(() => expect(log.lines()).toContain('cancelled slow'));
    await server.close();
    expect(isRunning(pid)).toBe(false);
  });

  it('fails the call in flight when the process dies, and starts it again on the next use', async () => {
    const { server } = stdioServer();
    await server.connect();
    const first = await pidOf(server);
    await expect(server.callToolResult('crash', {})).rejects.toThrow();
    await vi.waitFor(() => expect(isRunning(first)).toBe(false));
    const second = await pidOf(server);
    expect(second).not.toBe(first);
  });

  it('drops the cached tool list when the server says the list changed', async () => {
    const { server } = stdioServer({ cacheToolsList: true });
    await server.connect();
    const agent = new Agent({ name: 'A', mcpServers: [server] });
    const names = async () =>
      (
        await getAllMcpTools({
          mcpServers: [server],
          runContext: new RunContext(),
          agent,
        })
      ).map((tool) => tool.name);
    expect(await names()).not.toContain('late_tool');
    await server.callTool('add_tool', {});
    await vi.waitFor(async () => expect(await names()).toContain('late_tool'));
  });

  it('serves a cached tool list without asking the server again', async () => {
    const { server } = stdioServer({ cacheToolsList: true });
    await server.connect();
    const listTools = vi.spyOn(server, 'listTools');
    const agent = new Agent({ name: 'A', mcpServers: [server] });
    const runContext = new RunContext();
    await agent.getAllTools(runContext);
    await agent.getAllTools(runContext);
    expect(listTools).toHaveBeenCalledTimes(1);
    await server.invalidateToolsCache();
    await agent.getAllTools(runContext);
    expect(listTools).toHaveBeenCalledTimes(2);
  });

  it('refuses a customDataExtractor at construction, since Baton has no custom data on tool outputs yet', () => {
    expect(
      () =>
        new MCPServerStdio({
          command: process.execPath,
          args: [TEST_SERVER],
          customDataExtractor: () => ({}),
        }),
    ).toThrow(
      expect.toSatisfy(
        (error: Error) =>
          UserError.isInstance(error) &&
          /customDataExtractor/.test(error.message),
      ),
    );
  });
});
