import { Agent, run } from '@baton/agents';

const agent = new Agent({
  name: 'Storyteller',
  instructions: 'Tell very short stories.',
});

const result = await run(agent, 'A story about a lost baton, please.', {
  stream: true,
});
for await (const event of result) {
  switch (event.type) {
    case 'raw_model_stream_event':
      // Text as the model writes it; other raw events are `response_started`, `response_done` and `model`.
      if (event.data.type === 'output_text_delta')
        process.stdout.write(event.data.delta);
      break;
    case 'run_item_stream_event':
      // tool_called, tool_output, handoff_requested, handoff_occurred, message_output_created, ...
      if (event.name === 'tool_called')
        console.log('\n[tool call]', event.item.rawItem);
      break;
    case 'agent_updated_stream_event':
      console.log(`\n[${event.agent.name}]`);
      break;
    case 'tool_progress_stream_event':
      // What a tool reported with `details.emit(data)` while it runs (Baton only).
      console.log('\n[progress]', event.toolName, event.data);
      break;
  }
}
// The RunResult fields are filled in once the loop ends.
console.log(
  '\nFinal:',
  result.finalOutput,
  `(${result.usage.requests} requests)`,
);
