import { type Agent, run } from '@baton/agents';

declare const support: Agent;

const stream = await run(support, 'Refund 250 for order 1234.', {
  stream: true,
});
for await (const event of stream) {
  if (
    event.type === 'run_item_stream_event' &&
    event.name === 'tool_approval_requested'
  )
    console.log('Waiting for a person:', event.item.rawItem);
}
await stream.completed;

for (const item of stream.interruptions) stream.state.approve(item);
// Resumed streamed too: the approved call's output, then the answer as it is written.
const resumed = await run(support, stream.state, { stream: true });
for await (const text of resumed.toTextStream()) process.stdout.write(text);
await resumed.completed;
