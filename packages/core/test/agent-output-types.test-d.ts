import { expectTypeOf } from 'vitest';
import { z } from 'zod';
import { Agent, handoff, tool, type Runner } from '../src/index.js';

const refund = new Agent({
  name: 'Refund',
  outputType: z.object({ refundId: z.string() }),
});
const faq = new Agent({ name: 'FAQ' });
const triage = Agent.create({
  name: 'Triage',
  handoffs: [refund, handoff(faq)],
});

declare const runner: Runner;

// The final output of a triage run is whatever any agent it can hand to may produce.
const result = await runner.run(triage, 'hi');
expectTypeOf(result.finalOutput).toEqualTypeOf<
  string | { refundId: string } | undefined
>();

const structured = await runner.run(refund, 'hi');
expectTypeOf(structured.finalOutput).toEqualTypeOf<
  { refundId: string } | undefined
>();

tool({
  name: 'typed',
  description: '',
  parameters: z.object({ city: z.string(), days: z.number().optional() }),
  execute: (input) => {
    expectTypeOf(input).toEqualTypeOf<{
      city: string;
      days?: number | undefined;
    }>();
    return input.city;
  },
});

const streamed = await runner.run(faq, 'hi', { stream: true });
expectTypeOf(streamed.toTextStream()).toEqualTypeOf<
  ReadableStream<string> & AsyncIterable<string>
>();
expectTypeOf(streamed.toStream()).toMatchTypeOf<AsyncIterable<unknown>>();
