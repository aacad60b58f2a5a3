import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  Agent,
  BatchTraceProcessor,
  getGlobalTraceProvider,
  OpenAITracingExporter,
  setTraceProcessors,
  setTracingDisabled,
  type Span,
  type TracingProcessor,
} from '@baton/agents';
import type { Emulator, IngestedTraceItem } from '@baton/testing';
import { customerServiceAgents } from './support/customer-service-agents.js';
import { wirePerTest } from './support/wire-setup.js';

const wire = wirePerTest();
const EXPORT_KEY = 'sk-baton-export-0a1b2c3d4e5f';
const RUN_KEY = 'sk-baton-run-9f8e7d6c5b4a';
const QUESTION = 'I was charged twice, can you check my billing?';

beforeEach(() => setTracingDisabled(false));
afterEach(() => {
  setTraceProcessors([]);
  setTracingDisabled(true);
});

/** Sends traces to the emulator's ingest, as the default exporter sends them to OpenAI. */
function exportTo(emulator: Emulator): BatchTraceProcessor {
  const processor = new BatchTraceProcessor(
    new OpenAITracingExporter({
      baseURL: emulator.url,
      apiKey: EXPORT_KEY,
      baseDelay: 1,
    }),
  );
  setTraceProcessors([processor]);
  return processor;
}

function ingestRequests(emulator: Emulator) {
  return emulator.requests.filter((r) => r.path === '/v1/traces/ingest');
}

function spansOf(traces: IngestedTraceItem[], type: string) {
  return traces.filter(
    (item) =>
      item.object === 'trace.span' &&
      (item.span_data as { type: string }).type === type,
  );
}

describe('the OpenAI tracing exporter over HTTP', () => {
  it('sends the trace and spans of a triage → handoff → tool → answer run to /v1/traces/ingest', async () => {
    const { emulator, runner } = await wire();
    const processor = exportTo(emulator);
    const { triage } = customerServiceAgents();
    await runner.run(triage, QUESTION);
    await getGlobalTraceProvider().forceFlush();

    const [trace, ...spans] = emulator.traces;
    expect(trace).toMatchObject({
      object: 'trace',
      workflow_name: 'Agent workflow',
    });
    expect(spans.every((span) => span.trace_id === trace!.id)).toBe(true);
    expect(
      spansOf(emulator.traces, 'agent').map(
        (span) => (span.span_data as { name: string }).name,
      ),
    ).toEqual(['Triage agent', 'Billing agent']);
    expect(spansOf(emulator.traces, 'response')).toHaveLength(3);
    expect(spansOf(emulator.traces, 'handoff')[0]!.span_data).toEqual({
      type: 'handoff',
      from_agent: 'Triage agent',
      to_agent: 'Billing agent',
    });
    expect(spansOf(emulator.traces, 'function')[0]!.span_data).toMatchObject({
      type: 'function',
      name: 'look_up_invoice',
    });
    // What the ingest gets of a model call is the SDK's response span: no private fields, no Baton additions.
    for (const span of spansOf(emulator.traces, 'response'))
      expect(Object.keys(span.span_data as object).sort()).toEqual([
        'response_id',
        'type',
      ]);
    const [request] = ingestRequests(emulator);
    expect(request!.headers.authorization).toBe(`Bearer ${EXPORT_KEY}`);
    expect(request!.headers['openai-beta']).toBe('traces=v1');
    expect(processor.droppedCount).toBe(0);
  });

  it('retries the batch after a 5xx from the ingest', async () => {
    const { emulator, runner } = await wire();
    exportTo(emulator);
    emulator.faultTraces({ kind: 'server_error', status: 502 });
    await runner.run(customerServiceAgents().triage, QUESTION);
    await getGlobalTraceProvider().forceFlush();
    expect(ingestRequests(emulator)).toHaveLength(2);
    expect(emulator.traces.length).toBeGreaterThan(5);
  });

  it('never puts an API key into an exported payload, in any mode', async () => {
    const { emulator, runner } = await wire();
    exportTo(emulator);
    const { triage } = customerServiceAgents();
    await runner.run(triage, QUESTION, {
      tracing: { apiKey: RUN_KEY },
    });
    await runner.run(triage, QUESTION);
    await getGlobalTraceProvider().forceFlush();
    const requests = ingestRequests(emulator);
    expect(requests.map((r) => r.headers.authorization).sort()).toEqual([
      `Bearer ${EXPORT_KEY}`,
      `Bearer ${RUN_KEY}`,
    ]);
    for (const request of requests) {
      expect(request.rawBody).not.toContain(EXPORT_KEY);
      expect(request.rawBody).not.toContain(RUN_KEY);
      expect(request.rawBody).not.toContain('test-key');
      expect(request.rawBody.toLowerCase()).not.toContain('authorization');
    }
  });

  it('sends no input, output or tool arguments with traceIncludeSensitiveData: false', async () => {
    const { emulator, runner } = await wire({
      runConfig: { traceIncludeSensitiveData: false },
    });
    exportTo(emulator);
    await runner.run(customerServiceAgents().triage, QUESTION);
    await getGlobalTraceProvider().forceFlush();
    const fn = spansOf(emulator.traces, 'function')[0]!;
    expect(fn.span_data).toMatchObject({ input: '', output: '' });
    expect(JSON.stringify(emulator.traces)).not.toContain('charged twice');
    expect(JSON.stringify(emulator.traces)).not.toContain('"paid"');
  });

  it('records the model the provider chose on response spans, for processors in the process', async () => {
    const { runner } = await wire({ runConfig: { model: undefined } });
    const ended: Span<any>[] = [];
    const recorder: TracingProcessor = {
      onTraceStart: async () => {},
      onTraceEnd: async () => {},
      onSpanStart: async () => {},
      onSpanEnd: async (span) => void ended.push(span),
      shutdown: async () => {},
      forceFlush: async () => {},
    };
    setTraceProcessors([recorder]);
    await runner.run(new Agent({ name: 'Assistant' }), 'Hi');
    const response = ended.find((span) => span.spanData.type === 'response');
    expect(response?.spanData).toMatchObject({
      model: process.env.OPENAI_DEFAULT_MODEL ?? 'gpt-4.1',
      usage: { input_tokens: expect.any(Number) },
    });
  });
});
