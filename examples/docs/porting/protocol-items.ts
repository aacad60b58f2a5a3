import { Agent, run, user } from '@baton/agents';

const agent = new Agent({ name: 'Assistant', instructions: 'Answer briefly.' });

// History saved by code written for @openai/agents (protocol shape: callId, function_call_result)
// is accepted as run input; Baton converts it to Responses API items once, at the start of the run.
const result = await run(agent, [
  user('What is the weather in Oslo?'),
  {
    type: 'function_call',
    callId: 'call_1',
    name: 'get_weather',
    arguments: '{"city":"Oslo"}',
  },
  {
    type: 'function_call_result',
    callId: 'call_1',
    name: 'get_weather',
    status: 'completed',
    output: { type: 'text', text: 'Sunny, 18°C' },
  },
]);

// What a run produces is in the wire's shape: read `call_id`, not `callId`.
for (const item of result.newItems) {
  if (item.type === 'tool_call_item' && item.rawItem.type === 'function_call') {
    // Before (@openai/agents): console.log(item.rawItem.callId);
    console.log(item.rawItem.call_id);
  }
}
