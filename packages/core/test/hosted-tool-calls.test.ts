import { describe, expect, it } from 'vitest';
import {
  Agent,
  hostedTool,
  Runner,
  RunState,
  type HostedTool,
  type RunStreamEvent,
} from '../src/index.js';
import { FakeModel, respond } from './support/fake-model.js';

const search: HostedTool = {
  ...hostedTool({ type: 'file_search', vector_store_ids: ['vs_1'] }),
  include: ['file_search_call.results'],
};
const searchCall = {
  type: 'file_search_call' as const,
  id: 'fs_1',
  status: 'completed',
  queries: ['relay rules'],
  results: null,
};
const answer = {
  type: 'message' as const,
  id: 'msg_1',
  role: 'assistant' as const,
  status: 'completed' as const,
  content: [
    {
      type: 'output_text' as const,
      text: 'Twenty metres .',
      annotations: [
        {
          type: 'file_citation',
          file_id: 'file-1',
          filename: 'rules.md',
          index: 13,
        },
      ],
    },
  ],
};

describe('hosted tool calls', () => {
  it('offer the tool with the include entries it needs, and end the run on the answer that follows the call', async () => {
    const model = new FakeModel([respond([searchCall, answer])]);
    const agent = new Agent({ name: 'Librarian', model, tools: [search] });
    const result = await new Runner().run(agent, 'Relay rules?');
    expect(model.requests[0]!.tools).toEqual([
      {
        type: 'hosted_tool',
        name: 'file_search',
        providerData: { type: 'file_search', vector_store_ids: ['vs_1'] },
        include: ['file_search_call.results'],
      },
    ]);
    expect(result.finalOutput).toBe('Twenty metres .');
    expect(result.newItems.map((item) => [item.type, item.rawItem])).toEqual([
      ['tool_call_item', searchCall],
      ['message_output_item', answer],
    ]);
  });

  it('stream a tool_called event carrying the call item', async () => {
    const model = new FakeModel([respond([searchCall, answer])]);
    const agent = new Agent({ name: 'Librarian', model, tools: [search] });
    const stream = await new Runner().run(agent, 'Relay rules?', {
      stream: true,
    });
    const events: RunStreamEvent[] = [];
    for await (const event of stream) events.push(event);
    const named = events.flatMap((event) =>
      event.type === 'run_item_stream_event'
        ? [[event.name, event.item.rawItem.type]]
        : [],
    );
    expect(named).toEqual([
      ['tool_called', 'file_search_call'],
      ['message_output_created', 'message'],
    ]);
  });

  it('survive a RunState round trip unchanged, annotations included', async () => {
    const model = new FakeModel([respond([searchCall, answer])]);
    const agent = new Agent({ name: 'Librarian', model, tools: [search] });
    const result = await new Runner().run(agent, 'Relay rules?');
    const restored = await RunState.fromString(agent, result.state.toString());
    expect(restored.toString()).toBe(result.state.toString());
    expect(JSON.stringify(restored)).toContain('"file_citation"');
    expect(JSON.stringify(restored)).toContain('"fs_1"');
  });
});
