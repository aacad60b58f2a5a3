import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  Agent,
  MaxTurnsExceededError,
  Runner,
  tool,
  UserError,
} from '../src/index.js';
import { call, FakeModel, respond, text } from './support/fake-model.js';

const loop = tool({
  name: 'again',
  description: '',
  parameters: z.object({}),
  execute: () => 'once more',
});

function loopingAgent(outputType?: z.ZodObject) {
  return new Agent({
    name: 'looper',
    tools: [loop],
    outputType,
    model: new FakeModel([
      respond([call('again', {})]),
      respond([call('again', {})]),
      respond([call('again', {})]),
    ]),
  });
}

describe('errorHandlers', () => {
  it('turn maxTurns into a final answer, added to the history', async () => {
    const result = await new Runner().run(loopingAgent(), 'go', {
      maxTurns: 2,
      errorHandlers: {
        maxTurns: ({ error, runData }) => {
          expect(MaxTurnsExceededError.isInstance(error)).toBe(true);
          expect(runData.newItems.length).toBeGreaterThan(0);
          return { finalOutput: 'I could not finish; here is what I found.' };
        },
      },
    });
    expect(result.finalOutput).toBe(
      'I could not finish; here is what I found.',
    );
    expect(result.history.at(-1)).toMatchObject({
      role: 'assistant',
      content: [{ text: 'I could not finish; here is what I found.' }],
    });
  });

  it('leave the history alone with includeInHistory: false, and fall back to default', async () => {
    const result = await new Runner().run(loopingAgent(), 'go', {
      maxTurns: 1,
      errorHandlers: {
        default: () => ({ finalOutput: 'stopped', includeInHistory: false }),
      },
    });
    expect(result.finalOutput).toBe('stopped');
    expect(result.newItems.at(-1)?.type).toBe('tool_call_output_item');
  });

  it('let the error stand when the handler returns nothing', async () => {
    await expect(
      new Runner().run(loopingAgent(), 'go', {
        maxTurns: 1,
        errorHandlers: { maxTurns: () => undefined },
      }),
    ).rejects.toSatisfy((error) => MaxTurnsExceededError.isInstance(error));
  });

  it('replace a final output that breaks the outputType, and check the replacement against it', async () => {
    const schema = z.object({ answer: z.string() });
    const agent = new Agent({
      name: 'typed',
      outputType: schema,
      model: new FakeModel([text('not json'), text('not json')]),
    });
    const result = await new Runner().run(agent, 'go', {
      errorHandlers: {
        invalidFinalOutput: () => ({ finalOutput: { answer: 'fallback' } }),
      },
    });
    expect(result.finalOutput).toEqual({ answer: 'fallback' });
    await expect(
      new Runner().run(agent, 'go', {
        errorHandlers: {
          invalidFinalOutput: () => ({ finalOutput: { wrong: true } }),
        },
      }),
    ).rejects.toSatisfy((error) => UserError.isInstance(error));
  });
});
