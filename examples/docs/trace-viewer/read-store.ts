import { TraceStoreReader } from '@baton/agents';

// The same data without a server: read the folder directly, while runs write to it.
const reader = new TraceStoreReader('.baton/traces');

const { traces } = await reader.listTraces({ status: 'tripwire', limit: 10 });
for (const summary of traces) {
  console.log(summary.workflow_name, summary.agents.join(' → '));
}

const latest = traces[0] && (await reader.readTrace(traces[0].id));
console.log(latest?.spans.map((span) => span.span_data.type));

// New records, from this process or any other, as they are written.
const stop = reader.watch(({ traceId, records }) => {
  console.log(`${traceId}: ${records.length} new records`);
});
setTimeout(stop, 60_000);
