import { describe, expect, it, vi } from 'vitest';
import {
  Agent,
  RunState,
  type FunctionCallOutputItem,
  type MCPServer,
} from '@baton/core';
import { MCPServerStdio, MCPServerStreamableHttp } from '@baton/mcp';
import {
  isRunning,
  serverLog,
  startHttpTestServer,
  TEST_SERVER,
} from '../packages/mcp/test/start-test-server.js';
import { openAPIValidator } from './support/openapi-validator.js';
import { responsesBodies, wirePerTest } from './support/wire-setup.js';
import { cleanupAfterEach } from './support/cleanups.js';

const startWire = wirePerTest();
const validator = openAPIValidator();
const cleanups = cleanupAfterEach();

async function stdioServer(
  options: {
    cacheToolsList?: boolean;
    requireApproval?: MCPServer['requireApproval'];
  } = {},
) {
  const log = serverLog();
  const server = new MCPServerStdio({
    name: 'test-server',
    command: process.execPath,
    args: [TEST_SERVER],
    env: { MCP_TEST_LOG: log.path },
    ...options,
  });
  cleanups.push(log.remove, () => server.close());
  await server.connect();
  return { server, log };
}

function outputsOf(body: Record<string, unknown>): FunctionCallOutputItem[] {
  return (body.input as FunctionCallOutputItem[]).filter(
    (item) => item.type === 'function_call_output',
  );
}

async function pidOf(server: MCPServerStdio): Promise<number> {
  const result = await server.callToolResult('pid', {});
  return Number(result.content[0]!.text);
}

describe('MCP servers on the wire', () => {
  it('offers the stdio server tools to the model and sends the results back, in bodies valid against the spec', async () => {
    const { server } = await stdioServer();
    const wire = await startWire();
    wire.emulator.script(
      { toolCalls: [{ name: 'echo', arguments: { text: 'hi' } }] },
      { toolCalls: [{ name: 'picture', arguments: {} }] },
      { text: 'done' },
    );
    const agent = new Agent({ name: 'Echo', mcpServers: [server] });
    const result = await wire.runner.run(agent, 'say hi');
    expect(result.finalOutput).toBe('done');
    const bodies = responsesBodies(wire.emulator);
    for (const body of bodies)
      expect(validator.validateRequest('CreateResponse', body)).toEqual([]);
    const names = (bodies[0]!.tools as Array<{ name: string }>).map(
      (tool) => tool.name,
    );
    expect(names).toEqual(expect.arrayContaining(['echo', 'add', 'picture']));
    expect(outputsOf(bodies[1]!)[0]!.output).toBe('echo: hi');
    expect(outputsOf(bodies[2]!)[1]!.output).toEqual([
      { type: 'input_text', text: 'a pixel' },
      {
        type: 'input_image',
        image_url: expect.stringMatching(/^data:image\/png;base64,iVBOR/),
      },
    ]);
  });

  it('works the same over Streamable HTTP', async () => {
    const http = await startHttpTestServer();
    cleanups.push(http.stop);
    const server = new MCPServerStreamableHttp({ url: http.url });
    cleanups.push(() => server.close());
    await server.connect();
    const wire = await startWire();
    wire.emulator.script(
      { toolCalls: [{ name: 'add', arguments: { a: 2, b: 40 } }] },
      { text: 'forty-two' },
    );
    const result = await wire.runner.run(
      new Agent({ name: 'Adder', mcpServers: [server] }),
      'add',
    );
    expect(result.finalOutput).toBe('forty-two');
    expect(outputsOf(responsesBodies(wire.emulator)[1]!)[0]!.output).toBe('42');
  });

  it("cancels the in-flight MCP call on the server when the run's signal aborts, and leaves no process after close", async () => {
    const { server, log } = await stdioServer();
    const pid = await pidOf(server);
    const wire = await startWire();
    wire.emulator.script({ toolCalls: [{ name: 'slow', arguments: {} }] });
    const controller = new AbortController();
    const run = wire.runner.run(
      new Agent({ name: 'Waiter', mcpServers: [server] }),
      'wait',
      { signal: controller.signal },
    );
    await vi.waitFor(() => expect(log.lines()).toContain('call slow'));
    controller.abort(new Error('user stopped'));
    await expect(run).rejects.toThrow();
    await vi.waitFor(() => expect(log.lines()).toContain('cancelled slow'));
    await server.close();
    expect(isRunning(pid)).toBe(false);
  });

  it('cancels the in-flight MCP call when the consumer breaks out of a streamed run', async () => {
    const { server, log } = await stdioServer();
    const wire = await startWire();
    wire.emulator.script({ toolCalls: [{ name: 'slow', arguments: {} }] });
    const stream = await wire.runner.run(
      new Agent({ name: 'Waiter', mcpServers: [server] }),
      'wait',
      { stream: true },
    );
    for await (const event of stream) {
      if (
        event.type !== 'run_item_stream_event' ||
        event.name !== 'tool_called'
      )
        continue;
      await vi.waitFor(() => expect(log.lines()).toContain('call slow'));
      break;
    }
    await vi.waitFor(() => expect(log.lines()).toContain('cancelled slow'));
  });

  it('tells the model when the server crashes mid-call, goes on, and reconnects on the next turn', async () => {
    const { server } = await stdioServer();
    const firstPid = await pidOf(server);
    const wire = await startWire();
    wire.emulator.script(
      { toolCalls: [{ name: 'crash', arguments: {} }] },
      { toolCalls: [{ name: 'pid', arguments: {} }] },
      { text: 'recovered' },
    );
    const result = await wire.runner.run(
      new Agent({ name: 'Brave', mcpServers: [server] }),
      'crash it',
    );
    expect(result.finalOutput).toBe('recovered');
    const bodies = responsesBodies(wire.emulator);
    expect(String(outputsOf(bodies[1]!)[0]!.output)).toMatch(/error|closed/i);
    const secondPid = Number(outputsOf(bodies[2]!)[1]!.output);
    expect(secondPid).not.toBe(firstPid);
    expect(isRunning(firstPid)).toBe(false);
    expect(isRunning(secondPid)).toBe(true);
  });

  it('lists the tools again after the server says they changed', async () => {
    const { server } = await stdioServer({ cacheToolsList: true });
    const wire = await startWire();
    wire.emulator.script(
      { toolCalls: [{ name: 'add_tool', arguments: {} }] },
      { text: 'ok' },
    );
    await wire.runner.run(
      new Agent({ name: 'Grower', mcpServers: [server] }),
      'grow',
    );
    const [first, second] = responsesBodies(wire.emulator).map((body) =>
      (body.tools as Array<{ name: string }>).map((tool) => tool.name),
    );
    expect(first).not.toContain('late_tool');
    expect(second).toContain('late_tool');
  });

  it('stops for approval of the tools the server requires it for, and runs the call once approved', async () => {
    const { server, log } = await stdioServer({
      requireApproval: { always: { toolNames: ['echo'] } },
    });
    const wire = await startWire();
    wire.emulator.script(
      { toolCalls: [{ name: 'echo', arguments: { text: 'careful' } }] },
      { text: 'echoed' },
    );
    const agent = new Agent({ name: 'Careful', mcpServers: [server] });
    const first = await wire.runner.run(agent, 'echo carefully');
    expect(first.interruptions.map((item) => item.name)).toEqual(['echo']);
    expect(log.lines()).not.toContain('call echo');
    const state = await RunState.fromString(agent, first.state.toString());
    state.approve(state.getInterruptions()[0]!);
    const second = await wire.runner.run(agent, state);
    expect(second.finalOutput).toBe('echoed');
    expect(log.lines()).toContain('call echo');
    const bodies = responsesBodies(wire.emulator);
    expect(outputsOf(bodies.at(-1)!)[0]!.output).toBe('echo: careful');
  });
});
