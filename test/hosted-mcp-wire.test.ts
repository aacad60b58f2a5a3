import { describe, expect, it } from 'vitest';
import { Agent, RunState, type RunStreamEvent } from '@baton/core';
import { hostedMcpTool } from '@baton/tools';
import { openAPIValidator } from './support/openapi-validator.js';
import { responsesBodies, wirePerTest } from './support/wire-setup.js';

const startWire = wirePerTest();
const validator = openAPIValidator();

const listTools = {
  type: 'mcp_list_tools',
  server_label: 'docs',
  tools: [
    {
      name: 'search_docs',
      description: 'Searches the docs',
      input_schema: { type: 'object', properties: { q: { type: 'string' } } },
    },
  ],
} as const;
const approvalRequest = {
  type: 'mcp_approval_request',
  id: 'mcpr_wire_1',
  server_label: 'docs',
  name: 'search_docs',
  arguments: '{"q":"relay"}',
} as const;
const mcpCall = {
  type: 'mcp_call',
  server_label: 'docs',
  name: 'search_docs',
  arguments: '{"q":"relay"}',
  output: 'A relay passes the baton.',
  approval_request_id: 'mcpr_wire_1',
} as const;
const answer = (text: string) =>
  ({
    type: 'message',
    role: 'assistant',
    content: [{ type: 'output_text', text, annotations: [] }],
  }) as const;

function docsAgent(requireApproval: 'always' | 'never' = 'always') {
  return new Agent({
    name: 'Docs',
    instructions: 'Answer from the docs.',
    tools: [
      hostedMcpTool({
        serverLabel: 'docs',
        serverUrl: 'https://docs.example/mcp',
        requireApproval,
        allowedTools: ['search_docs'],
        headers: { Authorization: 'Bearer docs-token' },
      }),
    ],
  });
}

describe('hosted MCP on the wire', () => {
  it('sends the mcp tool as the spec defines it, and passes mcp_list_tools and mcp_call through', async () => {
    const wire = await startWire();
    wire.emulator.script({
      output: [
        listTools,
        { ...mcpCall, approval_request_id: undefined },
        answer('Found it.'),
      ],
    } as never);
    const result = await wire.runner.run(
      docsAgent('never'),
      'What is a relay?',
    );
    expect(result.finalOutput).toBe('Found it.');
    const [body] = responsesBodies(wire.emulator);
    expect(validator.validateRequest('CreateResponse', body)).toEqual([]);
    expect(body!.tools).toEqual([
      {
        type: 'mcp',
        server_label: 'docs',
        server_url: 'https://docs.example/mcp',
        headers: { Authorization: 'Bearer docs-token' },
        allowed_tools: ['search_docs'],
        require_approval: 'never',
      },
    ]);
    const raw = result.newItems.map(
      (item) => item.rawItem as Record<string, unknown>,
    );
    expect(raw.map((item) => item.type)).toEqual([
      'mcp_list_tools',
      'mcp_call',
      'message',
    ]);
    expect(String(raw[0]!.id)).toMatch(/^mcpl_/);
    expect(String(raw[1]!.id)).toMatch(/^mcp_/);
    expect(raw[1]!.output).toBe('A relay passes the baton.');
  });

  it('stops for an mcp_approval_request, and resumes with an mcp_approval_response valid against the spec', async () => {
    const wire = await startWire();
    wire.emulator.script(
      { output: [listTools, approvalRequest] } as never,
      { output: [mcpCall, answer('A relay passes the baton.')] } as never,
    );
    const agent = docsAgent();
    const first = await wire.runner.run(agent, 'What is a relay?');
    expect(first.interruptions.map((item) => [item.name, item.callId])).toEqual(
      [['search_docs', 'mcpr_wire_1']],
    );
    const state = await RunState.fromString(agent, first.state.toString());
    state.approve(state.getInterruptions()[0]!);
    const second = await wire.runner.run(agent, state);
    expect(second.finalOutput).toBe('A relay passes the baton.');

    const bodies = responsesBodies(wire.emulator);
    expect(bodies).toHaveLength(2);
    for (const body of bodies)
      expect(validator.validateRequest('CreateResponse', body)).toEqual([]);
    const input = bodies[1]!.input as Array<Record<string, unknown>>;
    expect(input.find((item) => item.type === 'mcp_approval_response')).toEqual(
      {
        type: 'mcp_approval_response',
        approval_request_id: 'mcpr_wire_1',
        approve: true,
      },
    );
  });

  it('streams MCP items in the live event order', async () => {
    const wire = await startWire();
    wire.emulator.script({
      output: [
        listTools,
        { ...mcpCall, approval_request_id: undefined },
        answer('Done.'),
      ],
    } as never);
    const events: RunStreamEvent[] = [];
    const stream = await wire.runner.run(docsAgent('never'), 'Relay?', {
      stream: true,
    });
    for await (const event of stream) events.push(event);
    await stream.completed;
    const raw = events
      .filter((event) => event.type === 'raw_model_stream_event')
      .map((event) => (event.data as { event?: { type?: string } }).event?.type)
      .filter(
        (type): type is string =>
          typeof type === 'string' && type.includes('mcp'),
      );
    expect(raw).toEqual([
      'response.mcp_list_tools.in_progress',
      'response.mcp_list_tools.completed',
      'response.mcp_call.in_progress',
      ...raw.filter((type) => type === 'response.mcp_call_arguments.delta'),
      'response.mcp_call_arguments.done',
      'response.mcp_call.completed',
    ]);
    expect(raw).toContain('response.mcp_call_arguments.delta');
    const mcpEvents = events.flatMap((event) => {
      if (event.type !== 'raw_model_stream_event') return [];
      const data = (event.data as { event?: Record<string, unknown> }).event;
      const item = data?.item as { type?: string } | undefined;
      return String(data?.type).includes('mcp') ||
        String(item?.type).startsWith('mcp')
        ? [data!]
        : [];
    });
    for (const event of mcpEvents)
      expect(validator.validateLenient('ResponseStreamEvent', event)).toEqual(
        [],
      );
    const items = events
      .filter((event) => event.type === 'run_item_stream_event')
      .map((event) => (event.item.rawItem as { type: string }).type);
    expect(items).toEqual(['mcp_list_tools', 'mcp_call', 'message']);
  });

  it('runs on the default model offline: listing, approval request, and the call once approved', async () => {
    const wire = await startWire();
    const agent = docsAgent();
    const first = await wire.runner.run(agent, 'What is a relay?');
    expect(
      first.newItems
        .filter((item) => item.type === 'tool_call_item')
        .map((item) => item.rawItem.type),
    ).toEqual(['mcp_list_tools', 'mcp_approval_request']);
    expect(first.interruptions.map((item) => item.name)).toEqual([
      'search_docs',
    ]);
    const requestId = first.interruptions[0]!.callId;
    first.state.approve(first.interruptions[0]!);
    const second = await wire.runner.run(agent, first.state);
    expect(second.finalOutput).toBe(
      'Here is what I found: Emulated result of search_docs on docs for "What is a relay?".',
    );
    const call = second.newItems.find(
      (item) => item.rawItem.type === 'mcp_call',
    );
    expect(call!.rawItem).toMatchObject({
      approval_request_id: requestId,
    });
    for (const body of responsesBodies(wire.emulator))
      expect(validator.validateRequest('CreateResponse', body)).toEqual([]);
  });

  it('answers a rejection on the default model with its reason', async () => {
    const wire = await startWire();
    const agent = docsAgent();
    const first = await wire.runner.run(agent, 'Relay?');
    first.state.reject(first.interruptions[0]!, { message: 'not now' });
    const second = await wire.runner.run(agent, first.state);
    expect(second.finalOutput).toBe(
      'The call of search_docs on docs was not approved: not now.',
    );
  });
});
