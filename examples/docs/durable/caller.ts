import { followRun, type DurableRunResult } from '@baton/restate';

const ingress = 'http://localhost:8080';
const runId = 'ticket-77'; // one workflow id per run: sending it again does not start a second run

// Start the run without waiting for it.
await fetch(`${ingress}/support/${runId}/run/send`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ input: 'Refund order 1234, please.' }),
});

// Follow it live; after a lost connection, pass `from: <last index + 1>`.
for await (const { index, event } of followRun({
  ingressUrl: ingress,
  service: 'supportEvents',
  runId,
})) {
  if (event.type === 'output_text_delta') process.stdout.write(event.delta);
  else console.log(index, event.type);
}

// Wait for the result from any process, at any time.
const response = await fetch(
  `${ingress}/restate/workflow/support/${runId}/attach`,
);
const result = (await response.json()) as DurableRunResult;
console.log(result.finalOutput, result.usage.totalTokens);
