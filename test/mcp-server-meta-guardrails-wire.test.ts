import { describe, expect, it } from 'vitest';
import {
  Agent,
  defineToolInputGuardrail,
  defineToolOutputGuardrail,
  RunContext,
  ToolGuardrailFunctionOutputFactory,
  type FunctionCallOutputItem,
} from '@baton/core';
import {
  MCPServerStdio,
  MCPServerStreamableHttp,
  type BaseMCPServer,
  type MCPServerOptions,
} from '@baton/mcp';
import {
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

type MakeServer = (options: MCPServerOptions) => Promise<BaseMCPServer>;

// The test MCP server over each transport, connected, with a log of what reached it.
async function connected(make: MakeServer, options: MCPServerOptions) {
  const server = await make(options);
  cleanups.push(() => server.close());
  await server.connect();
  return server;
}

const transports: Array<[string, (logPath: string) => MakeServer]> = [
  [
    'stdio',
    (logPath) => async (options) =>
      new MCPServerStdio({
        name: 'test-server',
        command: process.execPath,
        args: [TEST_SERVER],
        env: { MCP_TEST_LOG: logPath },
        ...options,
      }),
  ],
  [
    'Streamable HTTP',
    (logPath) => async (options) => {
      const http = await startHttpTestServer({ MCP_TEST_LOG: logPath });
      cleanups.push(http.stop);
      return new MCPServerStreamableHttp({
        name: 'test-server',
        url: http.url,
        ...options,
      });
    },
  ],
];

function outputsOf(body: Record<string, unknown>): string[] {
  return (body.input as FunctionCallOutputItem[])
    .filter((item) => item.type === 'function_call_output')
    .map((item) => String(item.output));
}

describe.each(transports)('an MCP server over %s in a run', (_name, maker) => {
  function setup() {
    const log = serverLog();
    cleanups.push(log.remove);
    return { log, make: maker(log.path) };
  }

  it('sends each call the _meta its toolMetaResolver computes from the run context, the tool and the arguments', async () => {
    const { log, make } = setup();
    const server = await connected(make, {
      toolMetaResolver: ({ runContext, toolName, arguments: args }) => ({
        tenant: (runContext.context as { tenant: string }).tenant,
        tool: toolName,
        text: args?.text,
      }),
    });
    const wire = await startWire();
    wire.emulator.script(
      { toolCalls: [{ name: 'meta', arguments: { text: 'hi' } }] },
      { text: 'done' },
    );
    const agent = new Agent<{ tenant: string }>({
      name: 'Tenant',
      mcpServers: [server],
    });
    await wire.runner.run(agent, 'go', {
      context: new RunContext({ tenant: 'acme' }),
    });
    const meta = '{"tenant":"acme","tool":"meta","text":"hi"}';
    expect(log.lines()).toContain(`meta ${meta}`);
    const bodies = responsesBodies(wire.emulator);
    expect(outputsOf(bodies[1]!)).toEqual([meta]);
    for (const body of bodies)
      expect(validator.validateRequest('CreateResponse', body)).toEqual([]);
  });

  it("answers the model with the server's input guardrail rejection, and the rejected call never reaches the server", async () => {
    const { log, make } = setup();
    const server = await connected(make, {
      toolInputGuardrails: [
        defineToolInputGuardrail({
          name: 'no_echo',
          run: ({ toolCall }) =>
            toolCall.name === 'echo'
              ? ToolGuardrailFunctionOutputFactory.rejectContent(
                  'Echo is switched off.',
                )
              : ToolGuardrailFunctionOutputFactory.allow(),
        }),
      ],
    });
    const wire = await startWire();
    wire.emulator.script(
      {
        toolCalls: [
          { name: 'echo', arguments: { text: 'hi' } },
          { name: 'add', arguments: { a: 1, b: 2 } },
        ],
      },
      { text: 'done' },
    );
    const result = await wire.runner.run(
      new Agent({ name: 'Guarded', mcpServers: [server] }),
      'go',
    );
    expect(result.finalOutput).toBe('done');
    expect(outputsOf(responsesBodies(wire.emulator)[1]!)).toEqual([
      'Echo is switched off.',
      '3',
    ]);
    expect(log.lines()).toContain('call add');
    expect(log.lines()).not.toContain('call echo');
  });

  it("replaces a result the server's output guardrail rejects before the model sees it", async () => {
    const { log, make } = setup();
    const server = await connected(make, {
      toolOutputGuardrails: [
        defineToolOutputGuardrail({
          name: 'hide_sums',
          run: ({ toolCall }) =>
            toolCall.name === 'add'
              ? ToolGuardrailFunctionOutputFactory.rejectContent('[hidden]')
              : ToolGuardrailFunctionOutputFactory.allow(),
        }),
      ],
    });
    const wire = await startWire();
    wire.emulator.script(
      {
        toolCalls: [
          { name: 'add', arguments: { a: 1, b: 2 } },
          { name: 'echo', arguments: { text: 'hi' } },
        ],
      },
      { text: 'done' },
    );
    await wire.runner.run(
      new Agent({ name: 'Guarded', mcpServers: [server] }),
      'go',
    );
    expect(log.lines()).toContain('call add');
    expect(outputsOf(responsesBodies(wire.emulator)[1]!)).toEqual([
      '[hidden]',
      'echo: hi',
    ]);
  });
});
