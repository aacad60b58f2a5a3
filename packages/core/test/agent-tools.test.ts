import { describe, expect, it } from 'vitest';
import {
  Agent,
  invokeFunctionTool,
  run,
  RunContext,
  UserError,
  type RunStreamEvent,
} from '../src/index.js';
import { call, FakeModel, respond, text } from './support/fake-model.js';

describe('agent.asTool()', () => {
  it('names the tool after the agent and takes `{ input: string }` by default', async () => {
    const agent = new Agent({ name: 'Spanish translator' });
    const created = agent.asTool({});
    expect(created.name).toBe('Spanish_translator');
    expect((await created.definition()).parameters).toEqual({
      type: 'object',
      properties: { input: { type: 'string' } },
      required: ['input'],
      additionalProperties: false,
    });
  });

  it('refuses options it cannot honour when the tool is made', () => {
    const agent = new Agent({ name: 'A' });
    expect(() => agent.asTool({ onStreamMaxPendingEvents: 0 })).toThrow(
      UserError,
    );
    expect(() =>
      agent.asTool({ resumeState: { contextStrategy: 'replace' } }),
    ).toThrow(/only 'merge'|'merge'/);
  });

  it('runs the agent when invoked outside a run, with the input as its message', async () => {
    const model = new FakeModel([text('Hola')]);
    const agent = new Agent({ name: 'Spanish', model });
    const output = await invokeFunctionTool({
      tool: agent.asTool({}),
      runContext: new RunContext(),
      input: '{"input":"Hello"}',
    });
    expect(output).toBe('Hola');
    expect(model.requests[0]!.input).toEqual([
      expect.objectContaining({ role: 'user', content: 'Hello' }),
    ]);
  });

  it('adds the sub-agent’s usage to a run that gave it a context of its own', async () => {
    const sub = new Agent({
      name: 'Sub',
      model: new FakeModel([respond(text('done').output, 7)]),
    });
    const parent = new Agent({
      name: 'Parent',
      model: new FakeModel([
        respond([call('sub', { input: 'go' })], 5),
        respond(text('ok').output, 5),
      ]),
      tools: [sub.asTool({ toolName: 'sub', runOptions: { context: {} } })],
    });
    const result = await run(parent, 'Start');
    expect(result.finalOutput).toBe('ok');
    expect(result.usage.requests).toBe(3);
    expect(result.usage.inputTokens).toBe(17);
  });

  it('hands the nested run’s events to onStream in order, and waits for its promises before returning', async () => {
    const sub = new Agent({
      name: 'Sub',
      model: new FakeModel([text('done')]),
    });
    const seen: string[] = [];
    const tool = sub.asTool({
      toolName: 'sub',
      onStream: async ({ event }: { event: RunStreamEvent }) => {
        await Promise.resolve();
        seen.push(event.type);
      },
    });
    const parent = new Agent({
      name: 'Parent',
      model: new FakeModel([
        respond([call('sub', { input: 'go' })]),
        text('ok'),
      ]),
      tools: [tool],
    });
    await run(parent, 'Start');
    expect(seen[0]).toBe('raw_model_stream_event');
    expect(seen).toContain('run_item_stream_event');
  });
});
