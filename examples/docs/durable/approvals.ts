import type { PendingApproval } from '@baton/restate';

const ingress = 'http://localhost:8080';
const runId = 'ticket-77';
const post = (handler: string, body?: unknown) =>
  fetch(`${ingress}/support/${runId}/${handler}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body ?? null),
  });

// What the run waits on (empty when it does not wait).
const pending = (await (await post('approvals')).json()) as PendingApproval[];

for (const call of pending) {
  console.log(call.toolName, call.arguments, call.agent);
  if (call.toolName === 'refund')
    await post('approve', { callId: call.callId });
  else
    await post('reject', {
      callId: call.callId,
      message: 'Not allowed for this customer.',
    });
}
