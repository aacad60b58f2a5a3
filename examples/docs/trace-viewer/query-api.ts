// The viewer's JSON API, as a script (or CI job) uses it while `npx baton traces` runs.
const base = 'http://127.0.0.1:6419';

interface TraceSummary {
  id: string;
  workflow_name: string | null;
  duration_ms: number | null;
  agents: string[];
  usage: { total_tokens: number };
  error: boolean;
  tripwire: boolean;
}

const list = (await (
  await fetch(`${base}/api/traces?status=error&limit=20`)
).json()) as { traces: TraceSummary[]; total: number };
console.log(`${list.total} traces with errors`);

for (const trace of list.traces) {
  const detail = (await (
    await fetch(`${base}/api/traces/${encodeURIComponent(trace.id)}`)
  ).json()) as {
    spans: Array<{ span_data: { type: string }; error: unknown }>;
  };
  const failed = detail.spans.filter((span) => span.error !== null);
  console.log(
    `${trace.workflow_name}: ${failed.length} failed spans, ${trace.usage.total_tokens} tokens`,
  );
}
