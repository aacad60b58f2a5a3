import { context } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
} from '@opentelemetry/sdk-trace-base';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  Agent,
  Runner,
  setTraceProcessors,
  setTracingDisabled,
  tool,
  type Model,
  type ModelRequest,
  type ModelResponse,
} from './index.js';
import { OpenTelemetryTracingProcessor } from './otel.js';

/** Answers each request with the next scripted output: enough model to drive a real run through real tracing. */
function scripted(outputs: ModelResponse['output'][]): Model {
  return {
    name: 'gpt-test',
    async getResponse(_request: ModelRequest): Promise<ModelResponse> {
      const output = outputs.shift();
      if (!output) throw new Error('no scripted output left');
      return {
        output,
        usage: { inputTokens: 10, outputTokens: 5, totalTokens: 15 },
        responseId: `resp_${outputs.length}`,
      };
    },
    // eslint-disable-next-line require-yield
    async *getStreamedResponse() {
      throw new Error('not streamed here');
    },
  } as Model;
}

const call = (name: string, args: unknown, id: string) => ({
  type: 'function_call' as const,
  call_id: id,
  name,
  arguments: JSON.stringify(args),
  status: 'completed' as const,
});

let exporter: InMemorySpanExporter;
let provider: BasicTracerProvider;

beforeEach(() => {
  exporter = new InMemorySpanExporter();
  provider = new BasicTracerProvider({
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  context.setGlobalContextManager(
    new AsyncLocalStorageContextManager().enable(),
  );
  setTracingDisabled(false);
  setTraceProcessors([
    new OpenTelemetryTracingProcessor({ tracerProvider: provider }),
  ]);
});

afterEach(async () => {
  setTraceProcessors([]);
  setTracingDisabled(true);
  await provider.shutdown();
  context.disable();
});

function named(name: string): ReadableSpan {
  const found = exporter.getFinishedSpans().filter((s) => s.name === name);
  expect(found, name).toHaveLength(1);
  return found[0]!;
}

describe('a real run exported to OpenTelemetry', () => {
  it('becomes GenAI spans for the workflow, each agent, each model call and the tool, parented as run', async () => {
    const model = scripted([
      [call('transfer_to_Billing', {}, 'call_h')],
      [call('lookup_invoice', { id: 'INV-7' }, 'call_t')],
      [
        {
          type: 'message',
          id: 'msg_1',
          role: 'assistant',
          status: 'completed',
          content: [{ type: 'output_text', text: 'Paid.', annotations: [] }],
        },
      ],
    ]);
    const billing = new Agent({
      name: 'Billing',
      model,
      tools: [
        tool({
          name: 'lookup_invoice',
          description: 'Looks an invoice up',
          parameters: z.object({ id: z.string() }),
          execute: ({ id }) => `${id}: paid`,
        }),
      ],
    });
    const triage = new Agent({ name: 'Triage', model, handoffs: [billing] });

    await new Runner({ workflowName: 'Support desk' }).run(
      triage,
      'Is INV-7 paid?',
    );
    await provider.forceFlush();

    const workflow = named('invoke_workflow Support desk');
    const billingAgent = named('invoke_agent Billing');
    const toolSpan = named('execute_tool lookup_invoice');
    expect(named('invoke_agent Triage').parentSpanContext?.spanId).toBe(
      workflow.spanContext().spanId,
    );
    expect(toolSpan.parentSpanContext?.spanId).toBe(
      billingAgent.spanContext().spanId,
    );
    expect(toolSpan.attributes).toMatchObject({
      'gen_ai.operation.name': 'execute_tool',
      'gen_ai.tool.name': 'lookup_invoice',
      'gen_ai.tool.call.id': 'call_t',
    });
    const chats = exporter
      .getFinishedSpans()
      .filter((s) => s.name === 'chat gpt-test');
    expect(chats).toHaveLength(3);
    expect(chats[0]!.attributes).toMatchObject({
      'gen_ai.operation.name': 'chat',
      'gen_ai.request.model': 'gpt-test',
      'gen_ai.usage.input_tokens': 10,
      'gen_ai.usage.output_tokens': 5,
    });
    expect(
      new Set(exporter.getFinishedSpans().map((s) => s.spanContext().traceId)),
    ).toHaveProperty('size', 1);
  });
});
