import type {
  LocalTraceStore,
  SpanDataJson,
  SpanJson,
  TraceJson,
} from '@baton/tracing/store';

/** What a sample trace looks like; every field has a deterministic default. */
export interface SampleTraceOptions {
  /** The trace id; default derived from `seed`. */
  traceId?: string;
  /** Makes ids distinct between traces of one test. Default 1. */
  seed?: number;
  /** The workflow name. Default `'Customer service'`. */
  workflowName?: string;
  /** When the trace starts. */
  startedAt?: Date;
  /** The final answer's text (put an XSS payload here). */
  answer?: string;
  /** Make the refund tool fail and the output guardrail trip. */
  failing?: boolean;
}

interface FakeSpan {
  traceId: string;
  spanId: string;
  json: SpanJson;
  toJSON(): SpanJson;
}

/**
 * Writes a realistic trace in the shapes of the tracing contract (`toJSON()` of traces and spans): Triage runs an
 * input guardrail, asks the model, hands off to Billing (Refunds is offered, not taken), Billing calls a tool and
 * answers; with `failing`, a second tool fails and the output guardrail trips.
 */
export async function writeSampleTrace(
  store: LocalTraceStore,
  options: SampleTraceOptions = {},
): Promise<string> {
  const seed = options.seed ?? 1;
  const traceId =
    options.traceId ?? `trace_${seed.toString(16).padStart(32, '0')}`;
  const t0 = (options.startedAt ?? new Date('2026-01-15T10:00:00Z')).getTime();
  const at = (ms: number) => new Date(t0 + ms).toISOString();
  let spanCount = 0;
  const span = (
    parent: FakeSpan | null,
    from: number,
    to: number,
    data: SpanDataJson,
    error: SpanJson['error'] = null,
  ): FakeSpan => {
    spanCount++;
    const id = `span_${(seed * 1000 + spanCount).toString(16).padStart(24, '0')}`;
    const json: SpanJson = {
      object: 'trace.span',
      id,
      trace_id: traceId,
      parent_id: parent?.spanId ?? null,
      started_at: at(from),
      ended_at: at(to),
      span_data: data,
      error,
    };
    return { traceId, spanId: id, json, toJSON: () => json };
  };
  const traceJson: TraceJson = {
    object: 'trace',
    id: traceId,
    workflow_name: options.workflowName ?? 'Customer service',
    group_id: `group_${seed.toString(16).padStart(24, '0')}`,
    metadata: { customer: 'c-42' },
  };
  const trace = { traceId, toJSON: () => traceJson };
  const spans = sampleSpans(span, options);
  await store.onTraceStart(trace);
  for (const item of spans) await store.onSpanStart(item);
  for (const item of [...spans].reverse()) await store.onSpanEnd(item);
  await store.onTraceEnd(trace);
  await store.forceFlush();
  return traceId;
}

type MakeSpan = (
  parent: FakeSpan | null,
  from: number,
  to: number,
  data: SpanDataJson,
  error?: SpanJson['error'],
) => FakeSpan;

function sampleSpans(span: MakeSpan, options: SampleTraceOptions): FakeSpan[] {
  const failing = options.failing ?? false;
  const triage = span(null, 0, 900, {
    type: 'agent',
    name: 'Triage',
    handoffs: ['Billing', 'Refunds'],
    tools: [],
    output_type: 'text',
  });
  const billing = span(null, 900, 3200, {
    type: 'agent',
    name: 'Billing',
    handoffs: ['Triage'],
    tools: ['lookup_invoice', 'issue_refund'],
    output_type: 'text',
  });
  const question = 'Why was I charged twice for order 1043?';
  return [
    triage,
    span(triage, 10, 120, {
      type: 'guardrail',
      name: 'no_pii',
      triggered: false,
    }),
    span(triage, 20, 820, {
      type: 'response',
      response_id: 'resp_001',
      model: 'gpt-5-mini',
      usage: usage(412, 38, 256, 12),
      _input: [{ type: 'message', role: 'user', content: question }],
      _response: {
        id: 'resp_001',
        output: [
          {
            type: 'function_call',
            call_id: 'call_h1',
            name: 'transfer_to_billing',
            arguments: '{}',
          },
        ],
      },
    }),
    span(triage, 830, 880, {
      type: 'handoff',
      from_agent: 'Triage',
      to_agent: 'Billing',
    }),
    billing,
    span(billing, 910, 1700, {
      type: 'response',
      response_id: 'resp_002',
      model: 'gpt-5-mini',
      usage: usage(655, 51, 384, 20),
      _input: [
        { type: 'message', role: 'user', content: question },
        {
          type: 'function_call_output',
          call_id: 'call_h1',
          output: '{"assistant":"Billing"}',
        },
      ],
      _response: {
        id: 'resp_002',
        output: [
          {
            type: 'function_call',
            call_id: 'call_t1',
            name: 'lookup_invoice',
            arguments: '{"order_id":"1043"}',
          },
        ],
      },
    }),
    span(billing, 1710, 1900, {
      type: 'function',
      name: 'lookup_invoice',
      input: '{"order_id":"1043"}',
      output: '{"charges":[{"amount":"19.99"},{"amount":"19.99"}]}',
    }),
    ...(failing
      ? [
          span(
            billing,
            1910,
            2000,
            {
              type: 'function',
              name: 'issue_refund',
              input: '{"amount":"19.99"}',
              output: '',
            },
            { message: 'Refund service unavailable', data: { status: 503 } },
          ),
        ]
      : []),
    span(billing, 2010, 3100, {
      type: 'response',
      response_id: 'resp_003',
      model: 'gpt-5-mini',
      usage: usage(790, 64, 512, 0),
      _input: [{ type: 'message', role: 'user', content: question }],
      _response: {
        id: 'resp_003',
        output: [
          {
            type: 'message',
            role: 'assistant',
            content: [
              {
                type: 'output_text',
                text:
                  options.answer ??
                  'You were charged twice: the second charge of $19.99 is refunded within 3 days.',
              },
            ],
          },
        ],
      },
    }),
    span(billing, 3110, 3190, {
      type: 'guardrail',
      name: 'on_topic',
      triggered: failing,
    }),
  ];
}

function usage(
  input: number,
  output: number,
  cached: number,
  reasoning: number,
) {
  return {
    input_tokens: input,
    output_tokens: output,
    total_tokens: input + output,
    cached_input_tokens: cached,
    reasoning_tokens: reasoning,
  };
}
