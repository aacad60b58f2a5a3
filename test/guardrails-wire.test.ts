import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import {
  Agent,
  defineInputGuardrail,
  InputGuardrailTripwireTriggered,
  OpenAIResponsesModel,
  run,
  tool,
  type InputGuardrail,
} from '@baton/agents';
import { wirePerTest } from './support/wire-setup.js';

const wire = wirePerTest();

/** The main agent's emulator answers after five seconds; the guardrail's answers at once (two servers, no races). */
async function pipeline(options: { runInParallel?: boolean } = {}) {
  const main = await wire({
    faults: [{ kind: 'slow_first_byte', delayMs: 5_000 }],
  });
  main.emulator.script({ text: 'Here is the solution: x = 2.' });
  const checker = await wire();
  const toolRuns: string[] = [];
  const homeworkChecker = new Agent({
    name: 'Homework checker',
    model: new OpenAIResponsesModel(checker.client, 'gpt-4o-mini'),
    instructions: 'Check if the user is asking you to do their math homework.',
    outputType: z.object({
      isMathHomework: z.boolean(),
      reasoning: z.string(),
    }),
  });
  const homework: InputGuardrail = defineInputGuardrail({
    name: 'math homework',
    runInParallel: options.runInParallel,
    execute: async ({ input, signal }) => {
      const verdict = await run(homeworkChecker, input, { signal });
      return {
        tripwireTriggered: verdict.finalOutput?.isMathHomework ?? false,
        outputInfo: verdict.finalOutput,
      };
    },
  });
  const support = new Agent({
    name: 'Support agent',
    model: new OpenAIResponsesModel(main.client, 'gpt-4.1'),
    tools: [
      tool({
        name: 'issue_refund',
        description: 'Refund an invoice',
        parameters: z.object({ invoiceId: z.string() }),
        execute: ({ invoiceId }) => void toolRuns.push(invoiceId),
      }),
    ],
    inputGuardrails: [homework],
  });
  return { main, checker, support, toolRuns };
}

const homeworkQuestion = 'Can you solve my algebra homework: 2x + 3 = 7?';

describe('input guardrails over HTTP', () => {
  it('cancel the main model request when a parallel guardrail trips: the emulator sees the client go', async () => {
    const { main, checker, support, toolRuns } = await pipeline();
    const error = await run(support, homeworkQuestion).catch((e: unknown) => e);
    expect(InputGuardrailTripwireTriggered.isInstance(error)).toBe(true);
    const tripwire = error as InputGuardrailTripwireTriggered;
    expect(tripwire.result.output.outputInfo).toMatchObject({
      isMathHomework: true,
    });
    expect(checker.emulator.requests).toHaveLength(1);
    expect(main.emulator.requests).toHaveLength(1);
    // The server notices the closed socket a moment after the client rejected, long before it would answer.
    await vi.waitFor(() =>
      expect(main.emulator.requests[0]!.clientDisconnected).toBe(true),
    );
    expect(toolRuns).toEqual([]);
  });

  it('do the same in a streamed run, which streams nothing of the cancelled answer', async () => {
    const { main, support } = await pipeline();
    const result = await run(support, homeworkQuestion, { stream: true });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const event of result) seen.push(event.type);
    })().catch((e: unknown) => e);
    expect(InputGuardrailTripwireTriggered.isInstance(error)).toBe(true);
    expect(seen).toEqual([]);
    await vi.waitFor(() =>
      expect(main.emulator.requests[0]!.clientDisconnected).toBe(true),
    );
  });

  it('make no main-model request at all when a blocking guardrail trips', async () => {
    const { main, support } = await pipeline({ runInParallel: false });
    const error = await run(support, homeworkQuestion).catch((e: unknown) => e);
    expect(InputGuardrailTripwireTriggered.isInstance(error)).toBe(true);
    expect(main.emulator.requests).toHaveLength(0);
  });

  it('let a question that is not homework through to the main model', async () => {
    const { main, support } = await pipeline();
    main.emulator.reset().script({ text: 'Your refund is on its way.' });
    const result = await run(support, 'Where is my refund for INV-1042?');
    expect(result.finalOutput).toBe('Your refund is on its way.');
    expect(result.inputGuardrailResults[0]?.output.tripwireTriggered).toBe(
      false,
    );
    expect(main.emulator.requests[0]!.clientDisconnected).toBe(false);
  });
});
