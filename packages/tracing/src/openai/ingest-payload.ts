import { exportedSpanData, Span, SPAN_JSON_WITH } from '../span.js';
import type { Trace } from '../trace.js';

/** The OpenAI traces ingest refuses fields longer than this (in characters, here: a cheap bound on bytes). */
const MAX_FIELD_LENGTH = 100_000;
const TRUNCATED = '... [truncated]';
const UNDERSCORE = 95;

/**
 * What the OpenAI traces ingest gets for these items: the `@openai/agents` payload. Its span data is what the
 * SDK sends — fields for processors in this process (`_input`, `_response`) and Baton's additions to response
 * spans (`model`, `usage`) stay here; long `input`/`output` text is cut; generation usage keeps only the token
 * counts at its top level.
 * @internal
 */
export function ingestPayload(items: readonly (Trace | Span<any>)[]): {
  data: Record<string, any>[];
} {
  const data: Record<string, any>[] = [];
  for (const item of items) {
    const json = ingestItem(item);
    if (json) data.push(json);
  }
  return { data };
}

/** One item of {@link ingestPayload}'s `data`, or `null` for an item that exports nothing (a no-op span). @internal */
export function ingestItem(
  item: Trace | Span<any>,
): Record<string, any> | null {
  const json = item.toJSON() as Record<string, any> | null;
  if (!json) return null;
  return json.object === 'trace.span'
    ? { ...json, span_data: ingestSpanData(json.span_data) }
    : json;
}

/**
 * One item of {@link ingestPayload}'s `data` as JSON text, or `undefined` for an item that exports nothing: what
 * `JSON.stringify(ingestItem(item))` gives, with the span data copied once (filtered) rather than twice.
 * @internal
 */
export function ingestItemText(item: Trace | Span<any>): string | undefined {
  if (item instanceof Span) {
    const json = item[SPAN_JSON_WITH](
      ingestSpanData(exportedSpanData(item.spanData)),
    );
    if (json !== undefined) return JSON.stringify(json);
  }
  const json = ingestItem(item);
  return json ? JSON.stringify(json) : undefined;
}

function ingestSpanData(spanData: Record<string, any>): Record<string, any> {
  const type = spanData.type;
  const data: Record<string, any> = {};
  for (const key of Object.keys(spanData)) {
    // `_input` and the like are for processors in this process; a response span's model and usage and a
    // function span's call id are Baton's additions, which the ingest does not take.
    if (key.charCodeAt(0) === UNDERSCORE) continue;
    if (type === 'response' && (key === 'model' || key === 'usage')) continue;
    if (type === 'function' && key === 'call_id') continue;
    data[key] = spanData[key];
  }
  for (const field of ['input', 'output'])
    if (
      typeof data[field] === 'string' &&
      data[field].length > MAX_FIELD_LENGTH
    )
      data[field] =
        data[field].slice(0, MAX_FIELD_LENGTH - TRUNCATED.length) + TRUNCATED;
  if (type === 'generation' && data.usage && typeof data.usage === 'object')
    data.usage = ingestUsage(data.usage);
  return data;
}

function ingestUsage(usage: Record<string, any>): Record<string, any> {
  const { input_tokens, output_tokens, details, ...rest } = usage;
  const result: Record<string, any> = {};
  if (typeof input_tokens === 'number') result.input_tokens = input_tokens;
  if (typeof output_tokens === 'number') result.output_tokens = output_tokens;
  const extra = {
    ...(details && typeof details === 'object' ? details : {}),
    ...rest,
  };
  if (Object.keys(extra).length > 0) result.details = extra;
  return result;
}
