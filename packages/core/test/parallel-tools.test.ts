import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Agent, Runner, tool } from '../src/index.js';
import { call, FakeModel, respond, text } from './support/fake-model.js';

function trackedTool(log: { running: number; peak: number }) {
  return tool({
    name: 'wait',
    description: '',
    parameters: z.object({ ms: z.number(), label: z.string() }),
    execute: async ({ ms, label }) => {
      log.running += 1;
      log.peak = Math.max(log.peak, log.running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      log.running -= 1;
      return label;
    },
  });
}

describe('function calls of one response', () => {
  it('run concurrently and come back in call order', async () => {
    const log = { running: 0, peak: 0 };
    const model = new FakeModel([
      respond([
        call('wait', { ms: 30, label: 'first' }),
        call('wait', { ms: 1, label: 'second' }),
        call('wait', { ms: 10, label: 'third' }),
      ]),
      text('done'),
    ]);
    const result = await new Runner().run(
      new Agent({ name: 'P', model, tools: [trackedTool(log)] }),
      'go',
    );
    expect(log.peak).toBe(3);
    const outputs = result.newItems.filter(
      (item) => item.type === 'tool_call_output_item',
    );
    expect(outputs.map((item) => item.rawItem.output)).toEqual([
      'first',
      'second',
      'third',
    ]);
  });

  it('respect the runner toolConcurrency cap', async () => {
    const log = { running: 0, peak: 0 };
    const calls = Array.from({ length: 5 }, (_, index) =>
      call('wait', { ms: 5, label: String(index) }),
    );
    const model = new FakeModel([respond(calls), text('done')]);
    const result = await new Runner({ toolConcurrency: 2 }).run(
      new Agent({ name: 'P', model, tools: [trackedTool(log)] }),
      'go',
    );
    expect(log.peak).toBe(2);
    const outputs = result.newItems.filter(
      (item) => item.type === 'tool_call_output_item',
    );
    expect(outputs.map((item) => item.rawItem.output)).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
    ]);
  });
});
