import { describe, expect, it } from 'vitest';
import {
  Agent,
  hostedTool,
  RunState,
  Runner,
  UnsupportedItemError,
  type AgentOutputItem,
  type HostedTool,
} from '../src/index.js';
import { FakeModel, respond, text } from './support/fake-model.js';

const listTools: AgentOutputItem = {
  type: 'mcp_list_tools',
  id: 'mcpl_1',
  server_label: 'docs',
  tools: [{ name: 'search', input_schema: { type: 'object' } }],
};
const request = (id = 'mcpr_1'): AgentOutputItem => ({
  type: 'mcp_approval_request',
  id,
  server_label: 'docs',
  name: 'search',
  arguments: '{"q":"batons"}',
});

function docsTool(extra: Partial<HostedTool> = {}): HostedTool {
  return {
    ...hostedTool({
      type: 'mcp',
      server_label: 'docs',
      server_url: 'https://docs.example/mcp',
      require_approval: 'always',
    }),
    name: 'hosted_mcp',
    ...extra,
  };
}

function approvalResponses(model: FakeModel, index: number) {
  return model.requests[index]!.input.filter(
    (item) => item.type === 'mcp_approval_response',
  );
}

describe('hosted MCP approval requests', () => {
  it('stop the run as interruptions, and an approval sends mcp_approval_response on resume', async () => {
    const model = new FakeModel([
      respond([listTools, request()]),
      text('found it'),
    ]);
    const agent = new Agent({ name: 'A', model, tools: [docsTool()] });
    const first = await new Runner().run(agent, 'search the docs');
    expect(first.interruptions).toHaveLength(1);
    expect(first.interruptions[0]!.name).toBe('search');
    expect(first.interruptions[0]!.callId).toBe('mcpr_1');
    expect(model.requests).toHaveLength(1);

    const state = await RunState.fromString(agent, first.state.toString());
    state.approve(state.getInterruptions()[0]!);
    const second = await new Runner().run(agent, state);
    expect(second.finalOutput).toBe('found it');
    expect(approvalResponses(model, 1)).toEqual([
      {
        type: 'mcp_approval_response',
        approval_request_id: 'mcpr_1',
        approve: true,
      },
    ]);
    // The request stays in the conversation before its answer.
    const types = model.requests[1]!.input.map((item) => item.type);
    expect(types.indexOf('mcp_approval_request')).toBeLessThan(
      types.indexOf('mcp_approval_response'),
    );
  });

  it('send a rejection with its reason', async () => {
    const model = new FakeModel([respond([request()]), text('not allowed')]);
    const agent = new Agent({ name: 'A', model, tools: [docsTool()] });
    const first = await new Runner().run(agent, 'search');
    first.state.reject(first.interruptions[0]!, { message: 'not today' });
    await new Runner().run(agent, first.state);
    expect(approvalResponses(model, 1)).toEqual([
      {
        type: 'mcp_approval_response',
        approval_request_id: 'mcpr_1',
        approve: false,
        reason: 'not today',
      },
    ]);
  });

  it('are answered by onApproval without stopping the run', async () => {
    const seen: string[] = [];
    const model = new FakeModel([respond([request()]), text('done')]);
    const agent = new Agent({
      name: 'A',
      model,
      tools: [
        docsTool({
          onApproval: async (_context, item) => {
            seen.push(`${item.name}:${item.arguments}`);
            return { approve: false, reason: 'policy' };
          },
        }),
      ],
    });
    const result = await new Runner().run(agent, 'search');
    expect(result.finalOutput).toBe('done');
    expect(seen).toEqual(['search:{"q":"batons"}']);
    expect(approvalResponses(model, 1)).toEqual([
      {
        type: 'mcp_approval_response',
        approval_request_id: 'mcpr_1',
        approve: false,
        reason: 'policy',
      },
    ]);
  });

  it('of a server no hosted tool of the agent names end the run with UnsupportedItemError', async () => {
    const model = new FakeModel([respond([request()])]);
    const agent = new Agent({ name: 'A', model });
    await expect(new Runner().run(agent, 'search')).rejects.toSatisfy((error) =>
      UnsupportedItemError.isInstance(error),
    );
  });
});
