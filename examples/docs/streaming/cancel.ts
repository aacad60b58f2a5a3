import { Agent, run, RunAbortedError } from '@baton/agents';

const agent = new Agent({ name: 'Talker', instructions: 'Write at length.' });

// 1. Leave the loop: the run stops and the model's HTTP stream is closed at once.
const first = await run(agent, 'Tell me everything about relay races.', {
  stream: true,
});
let characters = 0;
for await (const event of first) {
  if (
    event.type === 'raw_model_stream_event' &&
    event.data.type === 'output_text_delta'
  ) {
    characters += event.data.delta.length;
    if (characters > 200) break;
  }
}
await first.completed; // resolves: a cancelled run is not an error
console.log('cancelled:', first.cancelled);

// 2. Abort a signal: the same, from outside the loop (a timeout, a "stop" button...).
const controller = new AbortController();
setTimeout(() => controller.abort(), 2_000);
const second = await run(agent, 'And about marathons.', {
  stream: true,
  signal: controller.signal,
});
try {
  for await (const event of second) void event;
} catch (error) {
  if (!RunAbortedError.isInstance(error)) throw error;
  console.log('aborted after', error.state?.currentTurn, 'turn(s)');
}
