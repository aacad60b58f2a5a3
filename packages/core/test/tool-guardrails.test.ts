import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  Agent,
  defineToolInputGuardrail,
  defineToolOutputGuardrail,
  GuardrailExecutionError,
  Runner,
  RunState,
  tool,
  ToolGuardrailFunctionOutputFactory as verdict,
  ToolInputGuardrailTripwireTriggered,
  ToolOutputGuardrailTripwireTriggered,
  type ToolInputGuardrailDefinition,
  type ToolOutputGuardrailDefinition,
} from '../src/index.js';
import { call, FakeModel, respond, text } from './support/fake-model.js';

function refundAgent(guardrails: {
  input?: ToolInputGuardrailDefinition[];
  output?: ToolOutputGuardrailDefinition[];
}) {
  const refunded: number[] = [];
  const refund = tool({
    name: 'refund',
    description: 'Refund an amount',
    parameters: z.object({ amount: z.number() }),
    execute: ({ amount }) => {
      refunded.push(amount);
      return `refunded ${amount} EUR to card 4111 1111 1111 1111`;
    },
    inputGuardrails: guardrails.input,
    outputGuardrails: guardrails.output,
  });
  const model = new FakeModel([
    respond([call('refund', { amount: 5000 })]),
    text('done'),
  ]);
  const agent = new Agent({ name: 'refunds', model, tools: [refund] });
  const sent = () =>
    model.requests[1]?.input.find(
      (item) => item.type === 'function_call_output',
    ) as { output: string } | undefined;
  return { agent, refunded, sent };
}

const overLimit = defineToolInputGuardrail({
  name: 'refund limit',
  run: ({ toolCall }) =>
    JSON.parse(toolCall.arguments).amount > 1000
      ? verdict.rejectContent('Refunds over 1000 EUR need a manager.')
      : verdict.allow(),
});

describe('tool guardrails', () => {
  it('answer the model with rejectContent and never run the tool when an input guardrail rejects the call', async () => {
    const { agent, refunded, sent } = refundAgent({ input: [overLimit] });
    const result = await new Runner().run(agent, 'Refund 5000');
    expect(refunded).toEqual([]);
    expect(sent()?.output).toBe('Refunds over 1000 EUR need a manager.');
    expect(result.toolInputGuardrailResults[0]?.output.behavior.type).toBe(
      'rejectContent',
    );
    const restored = await RunState.fromString(agent, result.state.toString());
    expect(restored.toolInputGuardrailResults).toEqual(
      result.toolInputGuardrailResults,
    );
  });

  it('end the run with ToolInputGuardrailTripwireTriggered on throwException, before the tool runs', async () => {
    const { agent, refunded } = refundAgent({
      input: [
        defineToolInputGuardrail({
          name: 'no refunds',
          run: () => verdict.throwException({ reason: 'frozen' }),
        }),
      ],
    });
    const error = await new Runner().run(agent, 'x').catch((e: unknown) => e);
    expect(ToolInputGuardrailTripwireTriggered.isInstance(error)).toBe(true);
    expect(
      (error as ToolInputGuardrailTripwireTriggered).result.output.outputInfo,
    ).toEqual({ reason: 'frozen' });
    expect(refunded).toEqual([]);
  });

  it("replace the tool's result with rejectContent from an output guardrail, so the model never sees it", async () => {
    const { agent, refunded, sent } = refundAgent({
      output: [
        defineToolOutputGuardrail({
          name: 'no card numbers',
          run: ({ output }) =>
            /\d{4} \d{4} \d{4} \d{4}/.test(String(output))
              ? verdict.rejectContent('Refund done; card details withheld.')
              : verdict.allow(),
        }),
      ],
    });
    await new Runner().run(agent, 'Refund 5000');
    expect(refunded).toEqual([5000]);
    expect(sent()?.output).toBe('Refund done; card details withheld.');
  });

  it('end the run with ToolOutputGuardrailTripwireTriggered on throwException after the tool ran', async () => {
    const { agent, refunded } = refundAgent({
      output: [
        defineToolOutputGuardrail({
          name: 'stop',
          run: () => verdict.throwException(),
        }),
      ],
    });
    const error = await new Runner().run(agent, 'x').catch((e: unknown) => e);
    expect(ToolOutputGuardrailTripwireTriggered.isInstance(error)).toBe(true);
    expect(refunded).toEqual([5000]);
  });

  it('turn a guardrail that throws into GuardrailExecutionError', async () => {
    const { agent } = refundAgent({
      input: [
        {
          type: 'tool_input',
          name: 'broken',
          run: () => {
            throw new Error('policy service down');
          },
        },
      ],
    });
    const error = await new Runner().run(agent, 'x').catch((e: unknown) => e);
    expect(GuardrailExecutionError.isInstance(error)).toBe(true);
    expect((error as GuardrailExecutionError).message).toContain(
      'policy service down',
    );
  });

  it('let an allowed call run as usual', async () => {
    const { agent, refunded } = refundAgent({
      input: [
        defineToolInputGuardrail({
          name: 'always',
          run: () => verdict.allow(),
        }),
      ],
    });
    const result = await new Runner().run(agent, 'x');
    expect(refunded).toEqual([5000]);
    expect(result.finalOutput).toBe('done');
  });
});
