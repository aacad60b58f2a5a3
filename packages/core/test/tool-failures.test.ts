import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  Agent,
  ModelBehaviorError,
  Runner,
  tool,
  ToolCallError,
  type Tool,
} from '../src/index.js';
import { call, FakeModel, respond, text } from './support/fake-model.js';

const echo = tool({
  name: 'echo',
  description: 'Echoes',
  parameters: z.object({ word: z.string() }),
  execute: ({ word }) => word,
});

async function runWith(
  calls: ReturnType<typeof call>[],
  tools: Tool[] = [echo],
  runner = new Runner(),
) {
  const model = new FakeModel([respond(calls), text('done')]);
  const result = await runner.run(new Agent({ name: 'T', model, tools }), 'go');
  const outputs = model.requests[1]!.input.filter(
    (item) => item.type === 'function_call_output',
  );
  return {
    result,
    outputs: outputs.map((item) =>
      String((item as { output: unknown }).output),
    ),
  };
}

describe('tool failures go back to the model and the run continues', () => {
  it('answers arguments that are not JSON with an error output', async () => {
    const { result, outputs } = await runWith([call('echo', '{"word": ')]);
    expect(result.finalOutput).toBe('done');
    expect(outputs[0]).toMatch(/not valid JSON/);
  });

  it('answers arguments that fail the schema with the failing path', async () => {
    const { outputs } = await runWith([call('echo', { word: 42 })]);
    expect(outputs[0]).toMatch(/do not match its schema: \$\.word/);
  });

  it('tells the model when a tool throws, through errorFunction when given', async () => {
    const options = {
      description: '',
      parameters: z.object({}),
      execute: (): string => {
        throw new Error('disk full');
      },
    };
    const failing = tool({ ...options, name: 'fail' });
    const custom = tool({
      ...options,
      name: 'fail2',
      errorFunction: (_ctx, error) => `custom: ${(error as Error).message}`,
    });
    const { outputs } = await runWith(
      [call('fail', {}), call('fail2', {})],
      [failing, custom],
    );
    expect(outputs[0]).toMatch(/disk full/);
    expect(outputs[1]).toBe('custom: disk full');
  });

  it('times out a slow tool, aborts its signal and reports the timeout to the model', async () => {
    let aborted = false;
    const slow = tool({
      name: 'slow',
      description: '',
      parameters: z.object({}),
      timeoutMs: 20,
      execute: (_input, _ctx, { signal }) =>
        new Promise((resolve) => {
          signal.addEventListener('abort', () => {
            aborted = true;
            resolve('late');
          });
        }),
    });
    const { outputs } = await runWith([call('slow', {})], [slow]);
    expect(outputs[0]).toMatch(/timed out after 20 ms/);
    expect(aborted).toBe(true);
  });

  it('ends the run with ToolCallError carrying state when errorFunction is null', async () => {
    const strictFail = tool({
      name: 'fatal',
      description: '',
      parameters: z.object({}),
      errorFunction: null,
      execute: () => {
        throw new Error('boom');
      },
    });
    const model = new FakeModel([respond([call('fatal', {})])]);
    const error = await new Runner()
      .run(new Agent({ name: 'T', model, tools: [strictFail] }), 'go')
      .catch((caught: unknown) => caught);
    expect(ToolCallError.isInstance(error)).toBe(true);
    expect((error as ToolCallError).toolName).toBe('fatal');
    expect((error as ToolCallError).state?.generatedItems[0]?.type).toBe(
      'tool_call_item',
    );
  });

  it('tells the model about a tool it does not have, or throws when configured to', async () => {
    const { outputs } = await runWith([call('nope', {})]);
    expect(outputs[0]).toMatch(
      /Tool "nope" does not exist.*Available tools: echo/,
    );

    const model = new FakeModel([respond([call('nope', {})])]);
    const error = await new Runner({ unknownToolBehavior: 'throw' })
      .run(new Agent({ name: 'T', model, tools: [echo] }), 'go')
      .catch((caught: unknown) => caught);
    expect(ModelBehaviorError.isInstance(error)).toBe(true);
  });
});
