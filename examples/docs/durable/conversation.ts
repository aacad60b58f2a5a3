import type { DurableRunResult } from '@baton/restate';

const ingress = 'http://localhost:8080';
const conversation = 'customer-1001';

// Messages to one conversation queue up: each runs on the whole history so far.
async function send(text: string): Promise<DurableRunResult> {
  const response = await fetch(`${ingress}/supportChat/${conversation}/send`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ input: text }),
  });
  return (await response.json()) as DurableRunResult;
}

await Promise.all([send('Hello!'), send('Where is my refund?')]);

const history = await fetch(`${ingress}/supportChat/${conversation}/history`, {
  method: 'POST',
});
console.log(await history.json()); // user, assistant, user, assistant
