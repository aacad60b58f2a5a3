import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RunContext } from '../context/run-context.js';
import { tool } from './function-tool.js';
import { invokeFunctionTool } from './invoke-function-tool.js';

const double = tool({
  name: 'double',
  description: 'Doubles a number',
  parameters: z.object({ n: z.number() }),
  execute: ({ n }, _context, details) => ({ n: n * 2, call: details.toolCall }),
});

describe('invokeFunctionTool and FunctionTool#invoke', () => {
  it("resolves with execute's own value for valid JSON input", async () => {
    const result = await invokeFunctionTool({
      tool: double,
      runContext: new RunContext(),
      input: '{"n":21}',
    });
    expect(result).toMatchObject({
      n: 42,
      call: { type: 'function_call', name: 'double', arguments: '{"n":21}' },
    });
  });

  it('passes the given tool call (SDK-shaped or not) on to execute', async () => {
    const result = (await double.invoke(new RunContext(), '{"n":1}', {
      toolCall: {
        type: 'function_call',
        callId: 'call_7',
        name: 'double',
        arguments: '{"n":1}',
      } as never,
    })) as { call: { call_id: string } };
    expect(result.call.call_id).toBe('call_7');
  });

  it('resolves with the text the model would read when the input is bad or execute throws', async () => {
    const failing = tool({
      name: 'fail',
      description: 'Fails',
      parameters: z.object({}),
      execute: () => {
        throw new Error('no database');
      },
    });
    expect(await double.invoke(new RunContext(), '{"n":"x"}')).toMatch(
      /do not match its schema/,
    );
    expect(await failing.invoke(new RunContext(), '{}')).toMatch(/no database/);
  });

  it("throws the tool's own error when errorFunction is null", async () => {
    const thrown = new Error('no database');
    const strict = tool({
      name: 'strict',
      description: 'Fails',
      parameters: z.object({}),
      errorFunction: null,
      execute: () => {
        throw thrown;
      },
    });
    await expect(strict.invoke(new RunContext(), '{}')).rejects.toBe(thrown);
  });
});
