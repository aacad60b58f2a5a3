/** A trace or span as the traces ingest receives it (`{ object: 'trace' | 'trace.span', id, ... }`). */
export type IngestedTraceItem = Record<string, unknown> & {
  object: 'trace' | 'trace.span';
  id: string;
};

const TRACE_FIELDS = ['id', 'workflow_name'] as const;
const SPAN_FIELDS = ['id', 'trace_id', 'started_at', 'span_data'] as const;

/**
 * What is wrong with a `POST /v1/traces/ingest` body, as the API's 400 would say it; undefined when it has the
 * shape the Agents SDK sends: `{ data: [...] }` of trace and span objects, each span with a typed `span_data`.
 * @internal
 */
export function checkIngestBody(body: unknown): string | undefined {
  const data = (body as { data?: unknown } | undefined)?.data;
  if (!Array.isArray(data))
    return "Missing required parameter: 'data' (an array of traces and spans).";
  for (const [index, item] of data.entries()) {
    const problem = checkItem(item);
    if (problem) return `Invalid 'data[${index}]': ${problem}`;
  }
  return undefined;
}

function checkItem(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item))
    return 'expected an object.';
  const record = item as Record<string, unknown>;
  const fields =
    record.object === 'trace'
      ? TRACE_FIELDS
      : record.object === 'trace.span'
        ? SPAN_FIELDS
        : undefined;
  if (!fields) return "'object' must be 'trace' or 'trace.span'.";
  for (const field of fields)
    if (record[field] === undefined || record[field] === null)
      return `missing '${field}'.`;
  if (record.object === 'trace' && !/^trace_/.test(String(record.id)))
    return "a trace id starts with 'trace_'.";
  if (record.object === 'trace.span') {
    const spanData = record.span_data as { type?: unknown } | null;
    if (typeof spanData !== 'object' || typeof spanData?.type !== 'string')
      return "'span_data.type' must be a string.";
  }
  return undefined;
}
