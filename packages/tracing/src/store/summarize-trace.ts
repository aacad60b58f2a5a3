import type { StoredTrace } from './assemble-trace.js';
import type { SpanJson } from './trace-record.js';

/** Token counts of a trace: the sum over its model-call spans. */
export interface TraceTokenTotals {
  /** Tokens sent to the model. */
  input_tokens: number;
  /** Tokens the model produced. */
  output_tokens: number;
  /** `input_tokens + output_tokens` as the model reported it. */
  total_tokens: number;
  /** Input tokens served from the provider's prompt cache. */
  cached_input_tokens: number;
  /** Output tokens spent on reasoning. */
  reasoning_tokens: number;
}

/** One row of the trace list: what a trace did, without its spans. */
export interface TraceSummary {
  /** The trace id. */
  id: string;
  /** The workflow name, or `null` when the trace record is missing. */
  workflow_name: string | null;
  /** The group id, or `null`. */
  group_id: string | null;
  /** The trace metadata, or `null`. */
  metadata: Record<string, unknown> | null;
  /** When the trace started (ISO 8601), or `null`. */
  started_at: string | null;
  /** When it ended (ISO 8601), or `null` while it runs. */
  ended_at: string | null;
  /** `ended_at - started_at` in milliseconds, or `null`. */
  duration_ms: number | null;
  /** `true` until the trace's end record is written. */
  in_progress: boolean;
  /** Names of the agents that ran, in the order they first ran. */
  agents: string[];
  /** Token totals over the model calls. */
  usage: TraceTokenTotals;
  /** How many spans the trace has. */
  span_count: number;
  /** `true` when any span recorded an error. */
  error: boolean;
  /** `true` when any guardrail tripped. */
  tripwire: boolean;
}

/** Computes the list row of a trace from its spans. */
export function summarizeTrace(stored: StoredTrace): TraceSummary {
  const agents: string[] = [];
  const usage: TraceTokenTotals = {
    input_tokens: 0,
    output_tokens: 0,
    total_tokens: 0,
    cached_input_tokens: 0,
    reasoning_tokens: 0,
  };
  let error = false;
  let tripwire = false;
  for (const span of stored.spans) {
    const data = span.span_data ?? {};
    if (span.error) error = true;
    if (data.type === 'agent' && typeof data.name === 'string') {
      if (!agents.includes(data.name)) agents.push(data.name);
    }
    if (data.type === 'guardrail' && data.triggered === true) tripwire = true;
    addUsage(usage, span);
  }
  const started = Date.parse(stored.started_at ?? '');
  const ended = Date.parse(stored.ended_at ?? '');
  return {
    id: stored.id,
    workflow_name: stored.trace?.workflow_name ?? null,
    group_id: stored.trace?.group_id ?? null,
    metadata: stored.trace?.metadata ?? null,
    started_at: stored.started_at,
    ended_at: stored.in_progress ? null : stored.ended_at,
    duration_ms:
      Number.isFinite(started) && Number.isFinite(ended)
        ? ended - started
        : null,
    in_progress: stored.in_progress,
    agents,
    usage,
    span_count: stored.spans.length,
    error,
    tripwire,
  };
}

function addUsage(totals: TraceTokenTotals, span: SpanJson): void {
  const kind = span.span_data?.type;
  if (kind !== 'response' && kind !== 'generation') return;
  // Baton puts `usage` on the span; the Agents SDK keeps it inside `_response` only.
  const response = span.span_data._response as
    { usage?: Record<string, unknown> } | undefined;
  const usage = (span.span_data.usage ?? response?.usage) as
    Record<string, unknown> | undefined;
  if (!usage || typeof usage !== 'object') return;
  const input = count(usage.input_tokens);
  const output = count(usage.output_tokens);
  totals.input_tokens += input;
  totals.output_tokens += output;
  totals.total_tokens += count(usage.total_tokens) || input + output;
  totals.cached_input_tokens += count(
    usage.cached_input_tokens ??
      (usage.input_tokens_details as Record<string, unknown> | undefined)
        ?.cached_tokens,
  );
  totals.reasoning_tokens += count(
    usage.reasoning_tokens ??
      (usage.output_tokens_details as Record<string, unknown> | undefined)
        ?.reasoning_tokens,
  );
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}
